package ai.kubiya.runner.telemetry.alloy.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads the module names of a blackbox exporter configuration (YAML, block or flow style). */
final class BlackboxConfigReader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private BlackboxConfigReader() {}

  /**
   * The {@code modules} map, in order; empty when the config has none.
   *
   * @throws IllegalArgumentException when the text is not YAML or {@code modules} is not a map
   */
  @SuppressWarnings("unchecked")
  static Optional<Map<String, Object>> modules(String config) {
    Object root;
    try {
      root = YAML.readValue(config, Object.class);
    } catch (JsonProcessingException e) {
      String msg = e.getOriginalMessage();
      throw new IllegalArgumentException(
          "not valid YAML: "
              + (msg == null ? e.getClass().getSimpleName() : msg.lines().findFirst().orElse(msg)));
    }
    if (root == null) {
      return Optional.empty();
    }
    if (!(root instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("expected a map with \"modules\"");
    }
    Object modules = map.get("modules");
    if (modules == null) {
      return Optional.empty();
    }
    if (!(modules instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException("\"modules\" is not a map");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    ((Map<Object, Object>) m).forEach((k, v) -> out.put(String.valueOf(k), v));
    return Optional.of(out);
  }
}
