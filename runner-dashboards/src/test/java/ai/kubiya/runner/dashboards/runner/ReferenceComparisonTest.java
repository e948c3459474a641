package ai.kubiya.runner.dashboards.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.dashboards.model.DashboardJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison the reference test relies on catches what it must and ignores what it may. */
class ReferenceComparisonTest {
  private final JsonNode built =
      DashboardJson.toTree(RunnerDashboards.find("tool-manager", "x").orElseThrow().build());

  private ObjectNode copy() {
    return (ObjectNode) built.deepCopy();
  }

  private static ObjectNode panel(ObjectNode d, int i) {
    return (ObjectNode) d.path("panels").get(i);
  }

  @Test
  void aDashboardMatchesItself() {
    assertEquals(List.of(), ReferenceComparison.differences(built, built));
  }

  @Test
  void idsDatasourcesPluginVersionsAndQueryWhitespaceDoNotCount() {
    ObjectNode ref = copy();
    panel(ref, 0).put("id", 99).put("pluginVersion", "10.4.11");
    panel(ref, 0).putObject("datasource").put("uid", "elsewhere");
    ObjectNode target = (ObjectNode) panel(ref, 0).path("targets").get(0);
    target.put("expr", target.path("expr").asText().replace(", ", ",\n    "));
    assertEquals(List.of(), ReferenceComparison.differences(ref, built));
  }

  @Test
  void changedThresholdsQueriesPlacesAndLegendsAreCaught() {
    ObjectNode ref = copy();
    ((ObjectNode)
            panel(ref, 0)
                .path("fieldConfig")
                .path("defaults")
                .path("thresholds")
                .path("steps")
                .get(1))
        .put("value", 71);
    ((ObjectNode) panel(ref, 1).path("gridPos")).put("x", 11);
    ((ObjectNode) panel(ref, 2).path("targets").get(0)).put("expr", "sum(http_requests_total)");
    ((ObjectNode) panel(ref, 3).path("targets").get(1)).put("legendFormat", "Out");
    List<String> d = ReferenceComparison.differences(ref, built);
    assertTrue(
        d.stream().anyMatch(s -> s.startsWith("required $.panels[0].thresholds.steps[1].value")),
        d.toString());
    assertTrue(
        d.stream().anyMatch(s -> s.startsWith("required $.panels[1].gridPos.x")), d.toString());
    assertTrue(
        d.stream().anyMatch(s -> s.startsWith("required $.panels[2].targets[0].expr")),
        d.toString());
    assertTrue(
        d.stream().anyMatch(s -> s.startsWith("required $.panels[3].targets[1].legendFormat")),
        d.toString());
  }

  @Test
  void anythingBuiltMustBeInTheReference() {
    ObjectNode ref = copy();
    panel(ref, 5).path("options").path("legend").forEach(x -> {});
    ((ObjectNode) panel(ref, 5).path("options").path("legend")).put("placement", "right");
    panel(ref, 5).remove("description");
    List<String> d = ReferenceComparison.differences(ref, built);
    assertTrue(
        d.contains(
            "wrong $.panels[5].options.legend.placement: built \"bottom\", "
                + "reference has \"right\""),
        d.toString());
    assertTrue(
        d.stream().anyMatch(s -> s.startsWith("wrong $.panels[5].description: built")),
        d.toString());
  }

  @Test
  void promqlComparesWithoutWhitespaceOutsideStrings() {
    assertEquals(
        "sum(x{a=\"b c\"})by(d)",
        ReferenceComparison.promqlWithoutSpace("sum( x{a=\"b c\"} ) by (d)"));
  }
}
