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
 * The visualization-specific part of a field's config ({@code fieldConfig.defaults.custom}): line
 * and fill style of graphs and state timelines, axes, stacking, and the cell options of tables.
 * Keys of other visualizations stay in {@link #extra()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCustomFieldConfig.class)
@JsonDeserialize(as = ImmutableCustomFieldConfig.class)
public abstract class CustomFieldConfig {
  /** Lines, bars or points. */
  public enum DrawStyle {
    @JsonProperty("line")
    LINE,
    @JsonProperty("bars")
    BARS,
    @JsonProperty("points")
    POINTS
  }

  /** How a line joins points. */
  public enum LineInterpolation {
    @JsonProperty("linear")
    LINEAR,
    @JsonProperty("smooth")
    SMOOTH,
    @JsonProperty("stepBefore")
    STEP_BEFORE,
    @JsonProperty("stepAfter")
    STEP_AFTER
  }

  /** How the fill under a line fades. */
  public enum GradientMode {
    @JsonProperty("none")
    NONE,
    @JsonProperty("opacity")
    OPACITY,
    @JsonProperty("hue")
    HUE,
    @JsonProperty("scheme")
    SCHEME
  }

  /** When points are drawn on a line. */
  public enum ShowPoints {
    @JsonProperty("auto")
    AUTO,
    @JsonProperty("never")
    NEVER,
    @JsonProperty("always")
    ALWAYS
  }

  /** Where the value axis goes. */
  public enum AxisPlacement {
    @JsonProperty("auto")
    AUTO,
    @JsonProperty("left")
    LEFT,
    @JsonProperty("right")
    RIGHT,
    @JsonProperty("hidden")
    HIDDEN
  }

  public static ImmutableCustomFieldConfig.Builder builder() {
    return ImmutableCustomFieldConfig.builder();
  }

  public abstract Optional<DrawStyle> drawStyle();

  public abstract Optional<LineInterpolation> lineInterpolation();

  public abstract Optional<Integer> lineWidth();

  /** Fill opacity, 0 to 100. */
  public abstract Optional<Integer> fillOpacity();

  public abstract Optional<GradientMode> gradientMode();

  public abstract Optional<ShowPoints> showPoints();

  public abstract Optional<Integer> pointSize();

  /** Connect lines across missing values. */
  public abstract Optional<Boolean> spanNulls();

  /** Break lines where values are missing. */
  public abstract Optional<Boolean> insertNulls();

  public abstract Optional<GraphStacking> stacking();

  public abstract Optional<AxisPlacement> axisPlacement();

  public abstract Optional<String> axisLabel();

  /** The axis starts at this value unless data goes below it. */
  public abstract Optional<Double> axisSoftMin();

  /** The axis ends at this value unless data goes above it. */
  public abstract Optional<Double> axisSoftMax();

  public abstract Optional<HideFrom> hideFrom();

  public abstract Optional<ThresholdsStyle> thresholdsStyle();

  /** Table cell alignment: auto, left, center or right. */
  public abstract Optional<String> align();

  /** Table column filter. */
  public abstract Optional<Boolean> filterable();

  /** Table cell inspection. */
  public abstract Optional<Boolean> inspect();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
