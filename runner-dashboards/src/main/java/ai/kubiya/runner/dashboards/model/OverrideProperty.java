package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One property an override sets: a field config path ({@code unit}, {@code mappings}, {@code
 * thresholds}, {@code custom.width}...) and its value as JSON. The typed factories build the value
 * from this model's types.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOverrideProperty.class)
@JsonDeserialize(as = ImmutableOverrideProperty.class)
public abstract class OverrideProperty {
  /** A property with any JSON value. */
  public static OverrideProperty of(String id, Object value) {
    return ImmutableOverrideProperty.builder().id(id).value(DashboardJson.toTree(value)).build();
  }

  /** {@code unit}: a Grafana unit id, for example {@code bytes}. */
  public static OverrideProperty unit(String unit) {
    return of("unit", unit);
  }

  /** {@code decimals}: decimals shown. */
  public static OverrideProperty decimals(int decimals) {
    return of("decimals", decimals);
  }

  /** {@code displayName}: the series name shown. */
  public static OverrideProperty displayName(String name) {
    return of("displayName", name);
  }

  /** {@code min}: the lower bound. */
  public static OverrideProperty min(double min) {
    return of("min", min);
  }

  /** {@code max}: the upper bound. */
  public static OverrideProperty max(double max) {
    return of("max", max);
  }

  /** {@code thresholds}: threshold steps. */
  public static OverrideProperty thresholds(Thresholds thresholds) {
    return of("thresholds", thresholds);
  }

  /** {@code mappings}: value mappings. */
  public static OverrideProperty mappings(List<? extends ValueMapping> mappings) {
    return of("mappings", mappings);
  }

  /** {@code color}: the color scheme or fixed color. */
  public static OverrideProperty color(FieldColor color) {
    return of("color", color);
  }

  /** A visualization-specific property, such as {@code custom("width", 120)}. */
  public static OverrideProperty custom(String name, Object value) {
    return of("custom." + name, value);
  }

  /** The property id, for example {@code unit} or {@code custom.width}. */
  public abstract String id();

  /** The property's value, kept as JSON ({@code null} included). */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract JsonNode value();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  /** The value read as one of this model's types, for example {@code valueAs(Thresholds.class)}. */
  public <T> T valueAs(Class<T> type) {
    return DashboardJson.fromTree(value(), type);
  }
}
