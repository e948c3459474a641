package ai.kubiya.runner.dashboards.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.dashboards.ReferenceDashboards;
import ai.kubiya.runner.dashboards.model.Dashboard;
import ai.kubiya.runner.dashboards.model.DashboardJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RunnerDashboardsMatchReferenceTest {
  static Stream<RunnerDashboard> dashboards() {
    return RunnerDashboards.catalogue().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dashboards")
  void builtDashboardMatchesTheChartsExport(RunnerDashboard d) throws IOException {
    Path file = ReferenceDashboards.file(d.fileName());
    JsonNode reference =
        DashboardJson.readTree(Files.readString(file), file.toString()).get("dashboard");
    JsonNode built = DashboardJson.toTree(d.build());

    List<String> differences = ReferenceComparison.differences(reference, built);

    assertTrue(
        differences.isEmpty(),
        () ->
            d.fileName() + " differs from the chart's export:\n" + String.join("\n", differences));
  }

  @Test
  void catalogueHasOneDashboardPerReferenceFile() {
    Set<String> files =
        ReferenceDashboards.files().stream()
            .map(p -> p.getFileName().toString().replace(".json", ""))
            .collect(Collectors.toSet());
    Set<String> built = dashboards().map(RunnerDashboard::fileName).collect(Collectors.toSet());
    assertEquals(files, built);
    assertEquals(9, dashboards().map(d -> d.build().uid()).distinct().count());
  }

  @Test
  void dataSourceUidIsConfigurable() {
    Dashboard d = RunnerDashboards.find("tool-manager", "my-prom").orElseThrow().build();
    assertTrue(DashboardJson.write(d).contains("\"uid\": \"my-prom\""));
    assertTrue(!DashboardJson.write(d).contains(RunnerDashboards.CHART_DATASOURCE_UID));
  }
}
