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
    /** {@code auto}: Grafana picks by the panel's size and series. */
    @JsonProperty("auto")
    AUTO,
    /** {@code value}: the value only. */
    @JsonProperty("value")
    VALUE,
    /** {@code value_and_name}: the value and the series name. */
    @JsonProperty("value_and_name")
    VALUE_AND_NAME,
    /** {@code name}: the series name only. */
    @JsonProperty("name")
    NAME,
    /** {@code none}: no text (the sparkline only). */
    @JsonProperty("none")
    NONE
  }

  /** What the thresholds color: the value, the background, or nothing. */
  public enum ColorMode {
    /** {@code value}: the value's text in the threshold color. */
    @JsonProperty("value")
    VALUE,
    /** {@code background}: the background in a gradient of the threshold color. */
    @JsonProperty("background")
    BACKGROUND,
    /** {@code background_solid}: the background in the threshold color. */
    @JsonProperty("background_solid")
    BACKGROUND_SOLID,
    /** {@code none}: no color. */
    @JsonProperty("none")
    NONE
  }

  /** A sparkline under the value, or none. */
  public enum GraphMode {
    /** {@code none}: no sparkline. */
    @JsonProperty("none")
    NONE,
    /** {@code area}: a sparkline under the value. */
    @JsonProperty("area")
    AREA
  }

  /** Alignment of value and name. */
  public enum JustifyMode {
    /** {@code auto}: Grafana aligns by the panel's size. */
    @JsonProperty("auto")
    AUTO,
    /** {@code center}: centered. */
    @JsonProperty("center")
    CENTER
  }

  /** A builder; every option is optional. */
  public static ImmutableStatOptions.Builder builder() {
    return ImmutableStatOptions.builder();
  }

  /** How each series reduces to the one value shown. */
  public abstract Optional<ReduceDataOptions> reduceOptions();

  /** Layout of several values. */
  public abstract Optional<Viz.Orientation> orientation();

  /** What each value shows ({@code textMode}). */
  public abstract Optional<TextMode> textMode();

  /** What the thresholds color ({@code colorMode}). */
  public abstract Optional<ColorMode> colorMode();

  /** A sparkline or none ({@code graphMode}). */
  public abstract Optional<GraphMode> graphMode();

  /** Alignment of value and name ({@code justifyMode}). */
  public abstract Optional<JustifyMode> justifyMode();

  /** Name and value side by side when wide enough. */
  public abstract Optional<Boolean> wideLayout();

  /** Show the change from the first to the last value. */
  public abstract Optional<Boolean> showPercentChange();

  /** Font sizes of titles and values. */
  public abstract Optional<VizTextDisplayOptions> text();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
