package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Options of bar gauge panels: reduction, orientation, bar style, names and sizing. */
@Value.Immutable
@JsonSerialize(as = ImmutableBarGaugeOptions.class)
@JsonDeserialize(as = ImmutableBarGaugeOptions.class)
public abstract class BarGaugeOptions {
  /** Bar style. */
  public enum DisplayMode {
    /** {@code basic}: plain bars. */
    @JsonProperty("basic")
    BASIC,
    /** {@code lcd}: bars of lit cells. */
    @JsonProperty("lcd")
    LCD,
    /** {@code gradient}: bars shaded through the threshold colors. */
    @JsonProperty("gradient")
    GRADIENT
  }

  /** How values show next to bars. */
  public enum ValueMode {
    /** {@code color}: the value in the threshold color. */
    @JsonProperty("color")
    COLOR,
    /** {@code text}: the value in the text color. */
    @JsonProperty("text")
    TEXT,
    /** {@code hidden}: no value. */
    @JsonProperty("hidden")
    HIDDEN
  }

  /** Where series names go. */
  public enum NamePlacement {
    /** {@code auto}: Grafana picks by the panel's shape. */
    @JsonProperty("auto")
    AUTO,
    /** {@code top}: names above the bars. */
    @JsonProperty("top")
    TOP,
    /** {@code left}: names to the left of the bars. */
    @JsonProperty("left")
    LEFT,
    /** {@code hidden}: no names. */
    @JsonProperty("hidden")
    HIDDEN
  }

  /** A builder; every option is optional. */
  public static ImmutableBarGaugeOptions.Builder builder() {
    return ImmutableBarGaugeOptions.builder();
  }

  /** How each series reduces to the one value its bar shows. */
  public abstract Optional<ReduceDataOptions> reduceOptions();

  /** Bars side by side ({@code vertical}) or stacked ({@code horizontal}). */
  public abstract Optional<Viz.Orientation> orientation();

  /** Bar style ({@code displayMode}). */
  public abstract Optional<DisplayMode> displayMode();

  /** How values show next to bars ({@code valueMode}). */
  public abstract Optional<ValueMode> valueMode();

  /** Where series names go ({@code namePlacement}). */
  public abstract Optional<NamePlacement> namePlacement();

  /** Draw the unfilled part of each bar. */
  public abstract Optional<Boolean> showUnfilled();

  /** Bar size: automatic, or the {@code minVizWidth}/{@code minVizHeight} given. */
  public abstract Optional<Viz.Sizing> sizing();

  /** Minimum bar width in pixels (vertical bars). */
  public abstract Optional<Integer> minVizWidth();

  /** Minimum bar height in pixels (horizontal bars). */
  public abstract Optional<Integer> minVizHeight();

  /** Maximum bar height in pixels (horizontal bars). */
  public abstract Optional<Integer> maxVizHeight();

  /** Font sizes of titles and values. */
  public abstract Optional<VizTextDisplayOptions> text();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
