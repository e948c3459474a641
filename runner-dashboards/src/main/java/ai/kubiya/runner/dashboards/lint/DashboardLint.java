package ai.kubiya.runner.dashboards.lint;

import ai.kubiya.runner.dashboards.model.Dashboard;
import ai.kubiya.runner.model.validation.Finding;
import ai.kubiya.runner.model.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks that every query of a dashboard is valid PromQL once Grafana has substituted its template
 * variables ({@code $var}, {@code ${var}}, {@code ${var:regex}}, {@code [[var]]}, {@code
 * $__rate_interval}, {@code $__interval}, {@code $__range}...). Variables take the values saved
 * with the dashboard, or stand-ins; the parser is {@link Promtool} when installed.
 *
 * <pre>{@code
 * DashboardLint lint = DashboardLint.with(Promtool.onPath().orElseThrow());
 * ValidationReport report = lint.check(RunnerDashboards.build("prometheus"));
 * report.errors().forEach(System.out::println);
 * }</pre>
 *
 * <p>Errors: a query that does not parse (with promtool's message), an unknown variable format.
 * Warnings: a variable the dashboard does not define (Grafana leaves it as written).
 */
public final class DashboardLint {
  private final PromqlChecker checker;
  private final GrafanaBuiltins builtins;

  private DashboardLint(PromqlChecker checker, GrafanaBuiltins builtins) {
    this.checker = Objects.requireNonNull(checker, "checker");
    this.builtins = Objects.requireNonNull(builtins, "builtins");
  }

  /** A lint parsing with this checker, built-ins at their {@link GrafanaBuiltins#defaults()}. */
  public static DashboardLint with(PromqlChecker checker) {
    return new DashboardLint(checker, GrafanaBuiltins.defaults());
  }

  /** This lint with other built-in values. */
  public DashboardLint withBuiltins(GrafanaBuiltins other) {
    return new DashboardLint(checker, other);
  }

  /** The PromQL checker this lint parses queries with. */
  public PromqlChecker checker() {
    return checker;
  }

  /** The queries of these dashboards with their variables substituted, in order. */
  public List<CheckedQuery> substitute(List<Dashboard> dashboards) {
    List<CheckedQuery> out = new ArrayList<>();
    for (Dashboard d : dashboards) {
      Interpolation interpolation = Interpolation.of(OfflineBindings.of(d), builtins);
      for (DashboardQuery q : DashboardQueries.of(d)) {
        out.add(new CheckedQuery(q, interpolation.apply(q.expr())));
      }
    }
    return out;
  }

  /** Checks every query of these dashboards. */
  public ValidationReport check(List<Dashboard> dashboards) {
    List<CheckedQuery> queries = substitute(dashboards);
    List<String> texts = new ArrayList<>();
    queries.forEach(q -> texts.add(q.substituted()));
    List<Optional<String>> results = checker.check(texts);
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      CheckedQuery q = queries.get(i);
      String where = q.query().location();
      for (String unknown : q.unknown()) {
        findings.add(
            Finding.warning(where, "uses $" + unknown + ", which the dashboard does not define"));
      }
      for (String problem : q.problems()) {
        findings.add(Finding.error(where, problem));
      }
      results
          .get(i)
          .ifPresent(error -> findings.add(Finding.error(where, "not valid PromQL: " + error)));
    }
    return ValidationReport.of(findings);
  }

  /** One dashboard. */
  public ValidationReport check(Dashboard dashboard) {
    return check(List.of(dashboard));
  }

  /** A query and its text after substitution. */
  public static final class CheckedQuery {
    private final DashboardQuery query;
    private final Interpolation.Result result;

    CheckedQuery(DashboardQuery query, Interpolation.Result result) {
      this.query = query;
      this.result = result;
    }

    /** The query as the dashboard has it, with where it comes from. */
    public DashboardQuery query() {
      return query;
    }

    /** The PromQL with variables substituted. */
    public String substituted() {
      return result.text();
    }

    /** Variables the query names but the dashboard does not define, left as written. */
    public java.util.Set<String> unknown() {
      return result.unknown();
    }

    /** Substitution problems, such as unknown formats ({@code ${var:nosuchformat}}). */
    public List<String> problems() {
      return result.problems();
    }
  }

  /** Bindings as this lint uses them for one dashboard (for tests and tools). */
  static Map<String, Binding> bindings(Dashboard dashboard) {
    return OfflineBindings.of(dashboard);
  }
}
