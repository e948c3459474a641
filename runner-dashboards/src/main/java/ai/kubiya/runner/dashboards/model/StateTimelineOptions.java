package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Options of state timeline panels: legend, tooltip, row height, value text and merging. */
@Value.Immutable
@JsonSerialize(as = ImmutableStateTimelineOptions.class)
@JsonDeserialize(as = ImmutableStateTimelineOptions.class)
public abstract class StateTimelineOptions {
  /** When state values are written on the timeline. */
  public enum ShowValue {
    /** {@code auto}: where the text fits. */
    @JsonProperty("auto")
    AUTO,
    /** {@code always}: on every state. */
    @JsonProperty("always")
    ALWAYS,
    /** {@code never}: no text. */
    @JsonProperty("never")
    NEVER
  }

  /** Where state values are written. */
  public enum AlignValue {
    /** {@code left}: at the start of a state. */
    @JsonProperty("left")
    LEFT,
    /** {@code center}: in the middle of a state. */
    @JsonProperty("center")
    CENTER,
    /** {@code right}: at the end of a state. */
    @JsonProperty("right")
    RIGHT
  }

  /** A builder; every option is optional. */
  public static ImmutableStateTimelineOptions.Builder builder() {
    return ImmutableStateTimelineOptions.builder();
  }

  /** The legend. */
  public abstract Optional<VizLegendOptions> legend();

  /** The tooltip. */
  public abstract Optional<VizTooltipOptions> tooltip();

  /** Row height as a fraction of the space, 0 to 1. */
  public abstract Optional<Double> rowHeight();

  /** When state values are written ({@code showValue}). */
  public abstract Optional<ShowValue> showValue();

  /** Where state values are written ({@code alignValue}). */
  public abstract Optional<AlignValue> alignValue();

  /** Merge equal consecutive values into one state. */
  public abstract Optional<Boolean> mergeValues();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
