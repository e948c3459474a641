/** Automatic placement of panels on Grafana's 24-column grid. */
package ai.kubiya.runner.dashboards.layout;
