package ai.kubiya.runner.telemetry.alloy;

import ai.kubiya.runner.testfixtures.ConformanceFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the chart's golden renders under the repository's {@code conformance/} folder. */
final class ChartGoldens {
  private ChartGoldens() {}

  /** The {@code config.alloy} of the case's {@code kubiya-runner-alloy-config}, if rendered. */
  static Optional<String> goldenConfig(String caseName) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    try (MappingIterator<JsonNode> docs =
        yaml.readerFor(JsonNode.class)
            .readValues(ConformanceFixtures.renderCase(caseName).expected().toFile())) {
      while (docs.hasNext()) {
        JsonNode doc = docs.next();
        if (doc != null
            && "ConfigMap".equals(doc.path("kind").asText())
            && RunnerPipeline.CONFIG_MAP_NAME.equals(doc.path("metadata").path("name").asText())) {
          return Optional.of(doc.path("data").path(RunnerPipeline.CONFIG_KEY).asText());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The Alloy normalization of {@code ManifestDiff}: drop blank and {@code //} lines, collapse
   * whitespace, strip trailing commas.
   */
  static List<String> normalize(String alloy) {
    List<String> lines = new ArrayList<>();
    for (String line : alloy.split("\\R")) {
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("//")) {
        continue;
      }
      s = s.replaceAll("\\s+", " ");
      while (s.endsWith(",")) {
        s = s.substring(0, s.length() - 1);
      }
      lines.add(s);
    }
    return lines;
  }
}
