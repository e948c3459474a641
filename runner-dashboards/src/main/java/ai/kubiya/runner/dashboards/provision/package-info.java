/**
 * Getting dashboards into Grafana: as ConfigMaps for Grafana's dashboard sidecar ({@link
 * ai.kubiya.runner.dashboards.provision.DashboardConfigMaps}), or through Grafana's HTTP API
 * ({@link ai.kubiya.runner.dashboards.provision.GrafanaClient}).
 */
@ai.kubiya.runner.model.RunnerStyle
package ai.kubiya.runner.dashboards.provision;
