/**
 * Grafana's dashboard JSON model (schemaVersion 39) as typed, immutable values.
 *
 * <p>Every type is an Immutables value with a builder; every type keeps the keys it does not model
 * in {@code extra()}, so that an exported dashboard read into this model writes back equivalent.
 * JSON in and out goes through {@link ai.kubiya.runner.dashboards.model.DashboardJson}.
 */
@ai.kubiya.runner.model.RunnerStyle
package ai.kubiya.runner.dashboards.model;
