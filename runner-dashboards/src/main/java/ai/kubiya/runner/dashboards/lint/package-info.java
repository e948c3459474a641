/**
 * Query checks of dashboards: every PromQL query with its template variables substituted must parse
 * ({@link ai.kubiya.runner.dashboards.lint.DashboardLint}, with {@code promtool}), and against a
 * live Prometheus must run without error ({@link ai.kubiya.runner.dashboards.lint.LiveLint}), which
 * also tells which panels would show "No data".
 */
package ai.kubiya.runner.dashboards.lint;
