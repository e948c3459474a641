package ai.kubiya.runner.dashboards.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.kubiya.runner.dashboards.model.Dashboard;
import ai.kubiya.runner.dashboards.model.QueryVariable;
import ai.kubiya.runner.dashboards.model.RowPanel;
import ai.kubiya.runner.dashboards.model.StatPanel;
import ai.kubiya.runner.dashboards.model.Target;
import ai.kubiya.runner.dashboards.model.Templating;
import ai.kubiya.runner.dashboards.model.VariableQuery;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DashboardQueriesTest {
  @Test
  void panelQueriesOfCollapsedRowsHiddenQueriesAndVariableSelectorsAreAllFound() {
    Dashboard d =
        Dashboard.builder()
            .uid("q")
            .title("Queries")
            .templating(
                Templating.of(
                    QueryVariable.builder()
                        .name("runner")
                        .query(
                            VariableQuery.of(
                                VariableQuery.Type.LABEL_VALUES,
                                "label_values(up{kubiya_type=\"x\"}, runner)"))
                        .build()))
            .addPanel(
                StatPanel.builder()
                    .title("a")
                    .addTarget(Target.of("up"))
                    .addTarget(Target.of("down").withHide(true))
                    .build())
            .addPanel(
                RowPanel.builder()
                    .title("r")
                    .collapsed(true)
                    .addPanel(
                        StatPanel.builder()
                            .title("b")
                            .addTarget(Target.builder().refId("A").build())
                            .addTarget(Target.of("x"))
                            .build())
                    .build())
            .build();

    List<DashboardQuery> queries = DashboardQueries.of(d);

    assertEquals(
        List.of("up", "down", "x", "up{kubiya_type=\"x\"}"),
        queries.stream().map(DashboardQuery::expr).collect(Collectors.toList()));
    assertEquals(
        List.of(
            "q: panel 1 \"a\", query A",
            "q: panel 1 \"a\", query B",
            "q: panel 3 \"b\", query B",
            "q: variable runner"),
        queries.stream().map(DashboardQuery::location).collect(Collectors.toList()));
  }

  @Test
  void variableQueriesAreParsedLikeGrafanasPrometheusDataSource() {
    assertEquals(
        Optional.of("up{job=\"a,b\"}"),
        DashboardQueries.promql("label_values(up{job=\"a,b\"}, instance)\n"));
    assertEquals(
        Optional.of("sum(up) by (job)"), DashboardQueries.promql("query_result(sum(up) by (job))"));
    assertEquals(Optional.empty(), DashboardQueries.promql("label_values(job)"));
    assertEquals("job", DashboardQueries.labelValues("label_values(job)").orElseThrow()[1]);
    assertEquals(Optional.empty(), DashboardQueries.promql("metrics(up.*)"));
  }

  @Test
  void theStructuralFallbackCatchesWhatItCan() {
    assertEquals(Optional.empty(), StructuralCheck.check("sum(rate(x{a=\"(\"}[5m])) # )"));
    assertEquals(Optional.of("unclosed '('"), StructuralCheck.check("sum(x"));
    assertEquals(Optional.of("unbalanced ']' at offset 5"), StructuralCheck.check("rate(]"));
    assertEquals(Optional.of("unterminated string"), StructuralCheck.check("x{a=\"b}"));
    assertEquals(
        Optional.of("template variable left at offset 7"), StructuralCheck.check("rate(x[$i])"));
  }
}
