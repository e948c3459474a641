package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Options of stat panels: how series reduce to values, and how values, names and sparklines show.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStatOptions.class)
@JsonDeserialize(as = ImmutableStatOptions.class)
public abstract class StatOptions {
  /** What a stat shows: value, name, both, or nothing. */
  public enum TextMode {
    @JsonProperty("auto")
    AUTO,
    @JsonProperty("value")
    VALUE,
    @JsonProperty("value_and_name")
    VALUE_AND_NAME,
    @JsonProperty("name")
    NAME,
    @JsonProperty("none")
    NONE
  }

  /** What the thresholds color: the value, the background, or nothing. */
  public enum ColorMode {
    @JsonProperty("value")
    VALUE,
    @JsonProperty("background")
    BACKGROUND,
    @JsonProperty("background_solid")
    BACKGROUND_SOLID,
    @JsonProperty("none")
    NONE
  }

  /** A sparkline under the value, or none. */
  public enum GraphMode {
    @JsonProperty("none")
    NONE,
    @JsonProperty("area")
    AREA
  }

  /** Alignment of value and name. */
  public enum JustifyMode {
    @JsonProperty("auto")
    AUTO,
    @JsonProperty("center")
    CENTER
  }

  public static ImmutableStatOptions.Builder builder() {
    return ImmutableStatOptions.builder();
  }

  public abstract Optional<ReduceDataOptions> reduceOptions();

  public abstract Optional<Viz.Orientation> orientation();

  public abstract Optional<TextMode> textMode();

  public abstract Optional<ColorMode> colorMode();

  public abstract Optional<GraphMode> graphMode();

  public abstract Optional<JustifyMode> justifyMode();

  /** Name and value side by side when wide enough. */
  public abstract Optional<Boolean> wideLayout();

  /** Show the change from the first to the last value. */
  public abstract Optional<Boolean> showPercentChange();

  public abstract Optional<VizTextDisplayOptions> text();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
