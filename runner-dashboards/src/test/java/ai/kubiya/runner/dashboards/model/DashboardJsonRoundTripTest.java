package ai.kubiya.runner.dashboards.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.dashboards.JsonTrees;
import ai.kubiya.runner.dashboards.ReferenceDashboards;
import ai.kubiya.runner.dashboards.runner.RunnerDashboards;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DashboardJsonRoundTripTest {
  static Stream<Path> references() {
    return ReferenceDashboards.files().stream();
  }

  @ParameterizedTest
  @MethodSource("references")
  void exportedDashboardReadsIntoTheModelAndWritesBackEquivalent(Path file) throws IOException {
    String text = Files.readString(file);
    JsonNode original = DashboardJson.readTree(text, file.toString()).get("dashboard");

    Dashboard dashboard = DashboardJson.read(file);
    JsonNode written = DashboardJson.readTree(DashboardJson.write(dashboard), "written");

    List<String> diffs =
        JsonTrees.differences(
            JsonTrees.withoutEmpties(original), JsonTrees.withoutEmpties(written));
    assertTrue(
        diffs.isEmpty(),
        () -> file.getFileName() + " changed in the round trip:\n" + String.join("\n", diffs));
    assertEquals(dashboard, DashboardJson.read(DashboardJson.write(dashboard), "second pass"));
  }

  static Stream<Dashboard> built() {
    return RunnerDashboards.build("prometheus").stream();
  }

  @ParameterizedTest
  @MethodSource("built")
  void builtDashboardWritesAndReadsBackEqual(Dashboard dashboard) {
    String json = DashboardJson.write(dashboard);
    assertEquals(dashboard, DashboardJson.read(json, dashboard.uid()));
    assertEquals(
        json, DashboardJson.write(DashboardJson.read(json, dashboard.uid())), "stable output");
  }
}
