/**
 * The nine Grafana dashboards of the kubiya-runner chart, written as code with this module's
 * builders: runner health (overall and by component), the all-runners state, the agent-manager and
 * tool-manager exporters, the blackbox probes (two views), the runner namespace's Kubernetes state,
 * and Alloy's Prometheus components. {@link ai.kubiya.runner.dashboards.runner.RunnerDashboards}
 * lists them.
 */
package ai.kubiya.runner.dashboards.runner;
