/**
 * The runner's health model: the chart README's thresholds table (Service Status, Pod Restarts,
 * HTTP Success Rate, Pod Status Ready; Healthy, Warning, Degraded, Down) as types, and the value
 * mappings the health panels build from it.
 */
package ai.kubiya.runner.dashboards.health;
