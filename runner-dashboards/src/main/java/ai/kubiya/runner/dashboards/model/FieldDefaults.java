package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a panel shows every field unless an override says otherwise: unit, decimals, min/max,
 * thresholds, value mappings, color, and the visualization-specific {@link CustomFieldConfig}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFieldDefaults.class)
@JsonDeserialize(as = ImmutableFieldDefaults.class)
public abstract class FieldDefaults {
  /** A builder; every key is optional. */
  public static ImmutableFieldDefaults.Builder builder() {
    return ImmutableFieldDefaults.builder();
  }

  /**
   * A Grafana unit id: {@code percent}, {@code percentunit}, {@code s}, {@code bytes}, {@code
   * reqps}...
   */
  public abstract Optional<String> unit();

  /** Decimals shown; absent for Grafana's automatic choice. */
  public abstract Optional<Integer> decimals();

  /** The lower bound of gauges, bars and axes; absent to follow the data. */
  public abstract Optional<Double> min();

  /** The upper bound of gauges, bars and axes; absent to follow the data. */
  public abstract Optional<Double> max();

  /** Let each field's own min and max set the range (gauges, color gradients). */
  public abstract Optional<Boolean> fieldMinMax();

  /** The threshold steps that color values. */
  public abstract Optional<Thresholds> thresholds();

  /** Value mappings: text and color for special values, values, ranges or patterns. */
  public abstract List<ValueMapping> mappings();

  /** How values are colored. */
  public abstract Optional<FieldColor> color();

  /** What to show when there is no value. */
  public abstract Optional<String> noValue();

  /** The series name shown instead of the field's; may use {@code ${__field.labels.x}}. */
  public abstract Optional<String> displayName();

  /** Visualization-specific settings ({@code custom}). */
  public abstract Optional<CustomFieldConfig> custom();

  /** Data links on values. */
  public abstract List<DataLink> links();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
