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
    @JsonProperty("basic")
    BASIC,
    @JsonProperty("lcd")
    LCD,
    @JsonProperty("gradient")
    GRADIENT
  }

  /** How values show next to bars. */
  public enum ValueMode {
    @JsonProperty("color")
    COLOR,
    @JsonProperty("text")
    TEXT,
    @JsonProperty("hidden")
    HIDDEN
  }

  /** Where series names go. */
  public enum NamePlacement {
    @JsonProperty("auto")
    AUTO,
    @JsonProperty("top")
    TOP,
    @JsonProperty("left")
    LEFT,
    @JsonProperty("hidden")
    HIDDEN
  }

  public static ImmutableBarGaugeOptions.Builder builder() {
    return ImmutableBarGaugeOptions.builder();
  }

  public abstract Optional<ReduceDataOptions> reduceOptions();

  public abstract Optional<Viz.Orientation> orientation();

  public abstract Optional<DisplayMode> displayMode();

  public abstract Optional<ValueMode> valueMode();

  public abstract Optional<NamePlacement> namePlacement();

  /** Draw the unfilled part of each bar. */
  public abstract Optional<Boolean> showUnfilled();

  public abstract Optional<Viz.Sizing> sizing();

  public abstract Optional<Integer> minVizWidth();

  public abstract Optional<Integer> minVizHeight();

  public abstract Optional<Integer> maxVizHeight();

  public abstract Optional<VizTextDisplayOptions> text();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
