package ai.kubiya.runner.dashboards.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.kubiya.runner.dashboards.ReferenceDashboards;
import ai.kubiya.runner.dashboards.model.DashboardJson;
import ai.kubiya.runner.dashboards.model.ValueMapping;
import ai.kubiya.runner.testfixtures.ConformanceFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HealthTableTest {
  private static final Pattern CELL =
      Pattern.compile("(>)?(\\d+(?:\\.\\d+)?)(?:-(\\d+(?:\\.\\d+)?))?");

  /** The README's table, parsed: "| Service Status | 100% | 95-100% | 80-95% | 0-80% |". */
  private static Map<HealthMetric, List<HealthBand>> readmeTable() throws IOException {
    List<String> lines = Files.readAllLines(ConformanceFixtures.file("kubiya-runner-README.md"));
    Map<HealthMetric, List<HealthBand>> table = new EnumMap<>(HealthMetric.class);
    for (String line : lines) {
      String[] cells = line.split("\\|");
      if (cells.length < 6) {
        continue;
      }
      for (HealthMetric metric : HealthMetric.values()) {
        if (cells[1].trim().startsWith(metric.title()) && !table.containsKey(metric)) {
          List<HealthBand> bands = new ArrayList<>();
          for (HealthState state : HealthState.values()) {
            Matcher m = CELL.matcher(cells[2 + state.ordinal()].trim());
            m.lookingAt();
            double from = Double.parseDouble(m.group(2));
            bands.add(
                m.group(1) != null
                    ? HealthBand.above(state, from)
                    : m.group(3) == null
                        ? HealthBand.exactly(state, from)
                        : HealthBand.between(state, from, Double.parseDouble(m.group(3))));
          }
          table.put(metric, bands);
        }
      }
    }
    return table;
  }

  @Test
  void theModelIsTheReadmesTable() throws IOException {
    Map<HealthMetric, List<HealthBand>> readme = readmeTable();
    assertEquals(4, readme.size(), "the README has a row per metric");
    for (HealthMetric metric : HealthMetric.values()) {
      assertEquals(readme.get(metric), HealthTable.readme().bands(metric), metric.title());
    }
  }

  @Test
  void statesClassifyHealthierFirstOnSharedBounds() {
    HealthTable t = HealthTable.readme();
    assertEquals(Optional.of(HealthState.HEALTHY), t.classify(HealthMetric.SERVICE_STATUS, 100));
    assertEquals(Optional.of(HealthState.WARNING), t.classify(HealthMetric.SERVICE_STATUS, 95));
    assertEquals(Optional.of(HealthState.DEGRADED), t.classify(HealthMetric.SERVICE_STATUS, 80));
    assertEquals(Optional.of(HealthState.DOWN), t.classify(HealthMetric.SERVICE_STATUS, 12));
    assertEquals(Optional.of(HealthState.DOWN), t.classify(HealthMetric.POD_RESTARTS, 40));
    assertEquals(
        Optional.empty(),
        t.classify(HealthMetric.HTTP_SUCCESS_RATE, 99.5),
        "the README leaves 99-100 open");
  }

  @Test
  void mappingsAreTheOnesTheChartsAllRunnersDashboardUses() throws IOException {
    JsonNode panel =
        DashboardJson.readTree(
                Files.readString(
                    ReferenceDashboards.file("under-dev-customer-runners-all-runners-state")),
                "reference")
            .path("dashboard")
            .path("panels")
            .get(1);
    for (JsonNode override : panel.path("fieldConfig").path("overrides")) {
      String name = override.path("matcher").path("options").asText();
      for (HealthMetric metric : HealthMetric.values()) {
        if (metric.title().equals(name)) {
          JsonNode mappings = null;
          for (JsonNode p : override.path("properties")) {
            if (p.path("id").asText().equals("mappings")) {
              mappings = p.path("value");
            }
          }
          List<ValueMapping> expected = DashboardJson.fromTree(mappings, ValueMappingList.class);
          assertEquals(expected, HealthTable.readme().mappings(metric), name);
        }
      }
    }
  }

  /** A list type for reading mappings. */
  static final class ValueMappingList extends ArrayList<ValueMapping> {
    private static final long serialVersionUID = 1L;
  }
}
