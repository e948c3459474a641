package ai.kubiya.runner.dashboards.lint;

import ai.kubiya.runner.dashboards.model.Dashboard;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs every query of dashboards against a live Prometheus, as Grafana would when the dashboards
 * load: variables resolved from the data (first value, or "All"), built-ins substituted, instant
 * queries at the end of the time range and range queries over it. Reports queries that fail and
 * panels whose queries all come back empty, which Grafana shows as "No data".
 *
 * <pre>{@code
 * LiveLintReport report = LiveLint.against(PrometheusApi.of("http://localhost:9090"))
 *     .run(RunnerDashboards.build("prometheus"));
 * report.errors().forEach(System.out::println);
 * report.noDataPanels().forEach(System.out::println);
 * }</pre>
 */
public final class LiveLint {
  private final PrometheusApi api;
  private final GrafanaBuiltins builtins;
  private final Duration step;
  private final Clock clock;

  private LiveLint(PrometheusApi api, GrafanaBuiltins builtins, Duration step, Clock clock) {
    this.api = Objects.requireNonNull(api, "api");
    this.builtins = Objects.requireNonNull(builtins, "builtins");
    this.step = Objects.requireNonNull(step, "step");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A live lint over the last hour, one-minute steps. */
  public static LiveLint against(PrometheusApi api) {
    return new LiveLint(api, GrafanaBuiltins.defaults(), Duration.ofMinutes(1), Clock.systemUTC());
  }

  /** This lint with other built-ins; the time range is {@link GrafanaBuiltins#range()}. */
  public LiveLint withBuiltins(GrafanaBuiltins other) {
    return new LiveLint(api, other, step, clock);
  }

  /** This lint with another step for range queries. */
  public LiveLint withStep(Duration other) {
    return new LiveLint(api, builtins, other, clock);
  }

  /** Runs every query of these dashboards. */
  public LiveLintReport run(List<Dashboard> dashboards) {
    Instant end = clock.instant();
    Instant start = end.minus(builtins.range());
    LiveBindings resolver = new LiveBindings(api, builtins, start, end);
    List<LiveLintReport.Outcome> outcomes = new ArrayList<>();
    List<String> variableProblems = new ArrayList<>();
    for (Dashboard d : dashboards) {
      Map<String, String> problems = new LinkedHashMap<>();
      Interpolation interpolation = Interpolation.of(resolver.resolve(d, problems), builtins);
      problems.forEach(
          (name, problem) -> variableProblems.add(d.uid() + ": variable " + name + ": " + problem));
      for (DashboardQuery q : DashboardQueries.of(d)) {
        Interpolation.Result text = interpolation.apply(q.expr());
        PrometheusApi.QueryResult result =
            q.isInstant()
                ? api.query(text.text(), end)
                : api.queryRange(text.text(), start, end, step);
        outcomes.add(new LiveLintReport.Outcome(q, text.text(), result));
      }
    }
    return new LiveLintReport(outcomes, variableProblems);
  }
}
