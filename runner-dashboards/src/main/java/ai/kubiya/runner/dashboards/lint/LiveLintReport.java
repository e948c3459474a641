package ai.kubiya.runner.dashboards.lint;

import ai.kubiya.runner.dashboards.model.Panel;
import ai.kubiya.runner.model.validation.Finding;
import ai.kubiya.runner.model.validation.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a {@link LiveLint} run found: every query's outcome, the failures, and the "No data" panels.
 */
public final class LiveLintReport {
  private final List<Outcome> outcomes;
  private final List<String> variableProblems;

  LiveLintReport(List<Outcome> outcomes, List<String> variableProblems) {
    this.outcomes = List.copyOf(outcomes);
    this.variableProblems = List.copyOf(variableProblems);
  }

  /** Every query run, in order. */
  public List<Outcome> outcomes() {
    return outcomes;
  }

  /** The queries Prometheus refused or failed to run. */
  public List<Outcome> errors() {
    return outcomes.stream().filter(o -> o.result().isError()).collect(Collectors.toList());
  }

  /** Problems resolving variables (a regex that does not compile, a query the lint cannot run). */
  public List<String> variableProblems() {
    return variableProblems;
  }

  /**
   * The panels Grafana would show as "No data": each of their shown queries ran and came back
   * empty. As {@code uid: panel id "title"}.
   */
  public List<String> noDataPanels() {
    Map<String, List<Outcome>> byPanel = new LinkedHashMap<>();
    for (Outcome o : outcomes) {
      o.query()
          .panel()
          .ifPresent(p -> byPanel.computeIfAbsent(panelKey(o), k -> new ArrayList<>()).add(o));
    }
    List<String> out = new ArrayList<>();
    byPanel.forEach(
        (panel, results) -> {
          List<Outcome> shown =
              results.stream()
                  .filter(o -> !o.query().target().flatMap(t -> t.hide()).orElse(false))
                  .collect(Collectors.toList());
          if (!shown.isEmpty()
              && shown.stream().allMatch(o -> !o.result().isError() && o.result().series() == 0)) {
            out.add(panel);
          }
        });
    return out;
  }

  private static String panelKey(Outcome o) {
    Panel p = o.query().panel().orElseThrow();
    return o.query().dashboard().uid()
        + ": panel "
        + p.id().map(String::valueOf).orElse("?")
        + " \""
        + p.titleText()
        + "\"";
  }

  /** Errors for failed queries and variables, warnings for "No data" panels. */
  public ValidationReport toValidationReport() {
    List<Finding> findings = new ArrayList<>();
    for (Outcome o : errors()) {
      findings.add(
          Finding.error(
              o.query().location(),
              o.result().errorType().orElse("error") + ": " + o.result().error().orElse("")));
    }
    for (String v : variableProblems) {
      int colon = v.indexOf(": variable ");
      findings.add(Finding.error(v.substring(0, colon), v.substring(colon + 2)));
    }
    for (String panel : noDataPanels()) {
      findings.add(Finding.warning(panel, "would show \"No data\": every query came back empty"));
    }
    return ValidationReport.of(findings);
  }

  /** One query run: the query, the PromQL sent, and what came back. */
  public static final class Outcome {
    private final DashboardQuery query;
    private final String sent;
    private final PrometheusApi.QueryResult result;

    Outcome(DashboardQuery query, String sent, PrometheusApi.QueryResult result) {
      this.query = query;
      this.sent = sent;
      this.result = result;
    }

    /** The query as the dashboard has it, with where it comes from. */
    public DashboardQuery query() {
      return query;
    }

    /** The PromQL as sent, variables substituted. */
    public String sent() {
      return sent;
    }

    /** Prometheus's answer to the query. */
    public PrometheusApi.QueryResult result() {
      return result;
    }

    @Override
    public String toString() {
      return query.location()
          + ": "
          + (result.isError() ? result.error().orElse("error") : result.series() + " series");
    }
  }
}
