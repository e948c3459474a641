package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Dashboard JSON in and out.
 *
 * <p>Out: Grafana's JSON model with keys in a stable order (sorted, as Grafana's own export sorts
 * them), whole numbers without a fraction, two-space indentation; or compact. In: an exported
 * dashboard ({@code {"meta": ..., "dashboard": ...}}), an import file or a bare dashboard model.
 * Bad input fails with a {@link DashboardJsonException} naming the file, line, column and the path
 * of the value, for example {@code panels[3].targets[0].instant: expected true or false}.
 */
public final class DashboardJson {
  static final ObjectMapper MAPPER = newMapper();

  private static final ObjectWriter PRETTY =
      MAPPER.writer(
          new DefaultPrettyPrinter(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                      .withObjectEmptySeparator("")
                      .withArrayEmptySeparator(""))
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private DashboardJson() {}

  private static ObjectMapper newMapper() {
    ObjectMapper mapper =
        JsonMapper.builder()
            .addModule(new Jdk8Module())
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(MapperFeature.AUTO_DETECT_GETTERS, MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS))
            .build();
    JsonInclude.Value nonEmpty =
        JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS);
    mapper.configOverride(List.class).setInclude(nonEmpty);
    mapper.configOverride(Map.class).setInclude(nonEmpty);
    return mapper;
  }

  /** The dashboard as Grafana's JSON model, pretty-printed, keys sorted. */
  public static String write(Dashboard dashboard) {
    return pretty(toTree(dashboard));
  }

  /** The dashboard as one line of JSON, keys sorted (for ConfigMaps and API calls). */
  public static String writeCompact(Dashboard dashboard) {
    return toTree(dashboard).toString();
  }

  /** Any JSON tree, pretty-printed like {@link #write(Dashboard)}. */
  public static String pretty(JsonNode tree) {
    try {
      return PRETTY.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Any value of this model (or maps, lists, texts and numbers) as a JSON tree with sorted keys and
   * whole numbers written without a fraction.
   */
  public static JsonNode toTree(Object value) {
    return canonical(MAPPER.valueToTree(value));
  }

  /** A JSON tree read as one of this model's types; a mismatch fails naming the path. */
  public static <T> T fromTree(JsonNode tree, Class<T> type) {
    try {
      return MAPPER.treeToValue(tree, type);
    } catch (IOException | IllegalArgumentException e) {
      throw DashboardJsonException.of("<value>", e);
    }
  }

  /** Reads a dashboard file: an export ({@code {meta, dashboard}}) or a bare dashboard model. */
  public static Dashboard read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DashboardJsonException(file + ": cannot read: " + e.getMessage(), e);
    }
    return read(text, file.toString());
  }

  /**
   * Reads a dashboard: an export ({@code {meta, dashboard}}) or a bare dashboard model. {@code
   * source} names the input in errors.
   */
  public static Dashboard read(String json, String source) {
    JsonNode tree = readTree(json, source);
    boolean wrapped = tree.isObject() && tree.path("dashboard").isObject();
    ObjectReader reader = MAPPER.readerFor(Dashboard.class);
    try {
      // read from the text itself, so that errors carry its line and column
      return (wrapped ? reader.at("/dashboard") : reader).readValue(json);
    } catch (IOException | IllegalArgumentException e) {
      throw DashboardJsonException.of(source, e).under(wrapped ? "dashboard" : "");
    }
  }

  /** Parses JSON text into a tree; bad syntax fails naming {@code source:line:col}. */
  public static JsonNode readTree(String json, String source) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw DashboardJsonException.of(source, e);
    }
  }

  /**
   * The tree with object keys sorted and integral floating-point numbers as integers, recursively.
   */
  static JsonNode canonical(JsonNode node) {
    if (node.isObject()) {
      TreeMap<String, JsonNode> sorted = new TreeMap<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        sorted.put(e.getKey(), canonical(e.getValue()));
      }
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      sorted.forEach(out::set);
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(v -> out.add(canonical(v)));
      return out;
    }
    if (node.isFloatingPointNumber()) {
      double d = node.doubleValue();
      if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
        long l = (long) d;
        // as Jackson's parser reads them back: int when it fits, else long
        return l == (int) l
            ? JsonNodeFactory.instance.numberNode((int) l)
            : JsonNodeFactory.instance.numberNode(l);
      }
    }
    return node;
  }
}
