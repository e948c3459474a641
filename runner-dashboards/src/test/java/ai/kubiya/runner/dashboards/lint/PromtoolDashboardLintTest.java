package ai.kubiya.runner.dashboards.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.dashboards.ReferenceDashboards;
import ai.kubiya.runner.dashboards.model.Dashboard;
import ai.kubiya.runner.dashboards.model.DashboardJson;
import ai.kubiya.runner.dashboards.model.StatPanel;
import ai.kubiya.runner.dashboards.model.Target;
import ai.kubiya.runner.dashboards.runner.RunnerDashboards;
import ai.kubiya.runner.model.validation.Finding;
import ai.kubiya.runner.model.validation.ValidationReport;
import ai.kubiya.runner.testfixtures.InstalledTools;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the real {@code promtool check rules} over every query of the dashboards. */
class PromtoolDashboardLintTest {
  private static DashboardLint lint;

  @BeforeAll
  static void promtool() {
    lint = DashboardLint.with(Promtool.at(InstalledTools.require("promtool", "prometheus")));
  }

  @Test
  void everyQueryOfTheNineRunnerDashboardsIsValidPromql() {
    List<Dashboard> dashboards = RunnerDashboards.build(RunnerDashboards.CHART_DATASOURCE_UID);
    List<DashboardLint.CheckedQuery> queries = lint.substitute(dashboards);

    ValidationReport report = lint.check(dashboards);

    assertTrue(report.isEmpty(), () -> report.toString());
    assertTrue(
        queries.size() > 120, "all panel and variable queries are checked, got " + queries.size());
    assertTrue(
        queries.stream()
            .noneMatch(q -> q.substituted().contains("$") && !q.substituted().contains("\"$1\"")),
        "no variable is left");
  }

  @Test
  void theChartsExportedDashboardsPassToo() {
    List<Dashboard> exported =
        ReferenceDashboards.files().stream().map(DashboardJson::read).collect(Collectors.toList());
    ValidationReport report = lint.check(exported);
    assertTrue(report.isEmpty(), () -> report.toString());
  }

  @Test
  void aBrokenQueryIsReportedAtItsPanelAndQueryWithPromtoolsMessage() {
    Dashboard d =
        Dashboard.builder()
            .uid("broken")
            .title("Broken")
            .addPanel(
                StatPanel.builder()
                    .title("Fine")
                    .addTarget(Target.of("sum(rate(up[$__rate_interval]))"))
                    .build())
            .addPanel(
                StatPanel.builder()
                    .title("Requests")
                    .addTarget(Target.of("sum(up)"))
                    .addTarget(Target.of("sum(up{job=\"$job\"} by (job)"))
                    .build())
            .build();

    ValidationReport report = lint.check(d);

    assertEquals(1, report.errors().size(), report.toString());
    Finding f = report.errors().get(0);
    assertEquals("broken: panel 2 \"Requests\", query B", f.path());
    assertTrue(f.message().startsWith("not valid PromQL: 1:"), f.message());
    assertTrue(f.message().contains("unexpected <by> in aggregation"), f.message());
    assertFalse(report.warnings().isEmpty(), "$job is not defined: " + report);
    assertEquals(
        "uses $job, which the dashboard does not define", report.warnings().get(0).message());
  }

  @Test
  void promtoolIsFoundOnThePath() {
    Path binary = Promtool.onPath().orElseThrow().binary();
    assertTrue(binary.endsWith("promtool"));
  }
}
