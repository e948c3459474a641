package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A value mapping of a field: shows a text and/or color instead of matching values. Four kinds, as
 * in Grafana: {@link ValueMap} (exact values), {@link RangeMap} (from..to), {@link RegexMap} (text
 * pattern) and {@link SpecialValueMap} (null, NaN, true, false, empty).
 *
 * <pre>{@code
 * ValueMapping.range(95, 99, "Warning", "yellow")
 * ValueMapping.value("1", "Healthy", "green")
 * ValueMapping.special(SpecialValueMap.Match.NULL, "N/A")
 * }</pre>
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "type",
    visible = true)
@JsonSubTypes({
  @JsonSubTypes.Type(value = ValueMap.class, name = "value"),
  @JsonSubTypes.Type(value = RangeMap.class, name = "range"),
  @JsonSubTypes.Type(value = RegexMap.class, name = "regex"),
  @JsonSubTypes.Type(value = SpecialValueMap.class, name = "special")
})
public abstract class ValueMapping {
  /** {@code value}, {@code range}, {@code regex} or {@code special}. */
  public abstract String type();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  /**
   * This mapping with its results numbered from {@code index} on (Grafana's editor numbers them).
   */
  public abstract ValueMapping withIndexFrom(int index);

  /** How many results this mapping holds (a value map may map several values). */
  public abstract int resultCount();

  /** Shows {@code text} in {@code color} for exactly {@code value}. */
  public static ValueMap value(String value, String text, String color) {
    return ImmutableValueMap.builder()
        .putOption(value, MappingResult.builder().text(text).color(color).build())
        .build();
  }

  /** Shows {@code text} in {@code color} for values from {@code from} to {@code to}. */
  public static RangeMap range(double from, double to, String text, String color) {
    return RangeMap.of(from, to, MappingResult.builder().text(text).color(color).build());
  }

  /** Shows {@code text} for a special value. */
  public static SpecialValueMap special(SpecialValueMap.Match match, String text) {
    return SpecialValueMap.of(match, MappingResult.builder().text(text).build());
  }

  /**
   * These mappings with their results numbered 0, 1, 2, ... in order, as Grafana's editor saves
   * them.
   */
  public static List<ValueMapping> indexed(List<? extends ValueMapping> mappings) {
    List<ValueMapping> out = new ArrayList<>();
    int next = 0;
    for (ValueMapping m : mappings) {
      out.add(m.withIndexFrom(next));
      next += m.resultCount();
    }
    return out;
  }
}
