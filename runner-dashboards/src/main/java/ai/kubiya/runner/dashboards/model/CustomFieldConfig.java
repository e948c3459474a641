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
    /** {@code line}: a line through the points. */
    @JsonProperty("line")
    LINE,
    /** {@code bars}: a bar per point. */
    @JsonProperty("bars")
    BARS,
    /** {@code points}: points only. */
    @JsonProperty("points")
    POINTS
  }

  /** How a line joins points. */
  public enum LineInterpolation {
    /** {@code linear}: straight segments. */
    @JsonProperty("linear")
    LINEAR,
    /** {@code smooth}: a curve through the points. */
    @JsonProperty("smooth")
    SMOOTH,
    /** {@code stepBefore}: steps that change at the previous point. */
    @JsonProperty("stepBefore")
    STEP_BEFORE,
    /** {@code stepAfter}: steps that change at the next point. */
    @JsonProperty("stepAfter")
    STEP_AFTER
  }

  /** How the fill under a line fades. */
  public enum GradientMode {
    /** {@code none}: an even fill. */
    @JsonProperty("none")
    NONE,
    /** {@code opacity}: the fill fades towards the axis. */
    @JsonProperty("opacity")
    OPACITY,
    /** {@code hue}: the fill shifts in hue. */
    @JsonProperty("hue")
    HUE,
    /** {@code scheme}: the fill follows the field's color scheme. */
    @JsonProperty("scheme")
    SCHEME
  }

  /** When points are drawn on a line. */
  public enum ShowPoints {
    /** {@code auto}: points where the data is sparse. */
    @JsonProperty("auto")
    AUTO,
    /** {@code never}: no points. */
    @JsonProperty("never")
    NEVER,
    /** {@code always}: a point at every value. */
    @JsonProperty("always")
    ALWAYS
  }

  /** Where the value axis goes. */
  public enum AxisPlacement {
    /** {@code auto}: left, or right for a second unit. */
    @JsonProperty("auto")
    AUTO,
    /** {@code left}: the axis on the left. */
    @JsonProperty("left")
    LEFT,
    /** {@code right}: the axis on the right. */
    @JsonProperty("right")
    RIGHT,
    /** {@code hidden}: no axis. */
    @JsonProperty("hidden")
    HIDDEN
  }

  /** A builder; every key is optional. */
  public static ImmutableCustomFieldConfig.Builder builder() {
    return ImmutableCustomFieldConfig.builder();
  }

  /** Lines, bars or points ({@code drawStyle}). */
  public abstract Optional<DrawStyle> drawStyle();

  /** How lines join points ({@code lineInterpolation}). */
  public abstract Optional<LineInterpolation> lineInterpolation();

  /** Line width in pixels, 0 to 10. */
  public abstract Optional<Integer> lineWidth();

  /** Fill opacity, 0 to 100. */
  public abstract Optional<Integer> fillOpacity();

  /** How the fill under a line fades ({@code gradientMode}). */
  public abstract Optional<GradientMode> gradientMode();

  /** When points are drawn ({@code showPoints}). */
  public abstract Optional<ShowPoints> showPoints();

  /** Point size in pixels. */
  public abstract Optional<Integer> pointSize();

  /** Connect lines across missing values. */
  public abstract Optional<Boolean> spanNulls();

  /** Break lines where values are missing. */
  public abstract Optional<Boolean> insertNulls();

  /** Whether and how series stack ({@code stacking}). */
  public abstract Optional<GraphStacking> stacking();

  /** Where the value axis goes ({@code axisPlacement}). */
  public abstract Optional<AxisPlacement> axisPlacement();

  /** A label next to the value axis. */
  public abstract Optional<String> axisLabel();

  /** The axis starts at this value unless data goes below it. */
  public abstract Optional<Double> axisSoftMin();

  /** The axis ends at this value unless data goes above it. */
  public abstract Optional<Double> axisSoftMax();

  /** Where series are hidden ({@code hideFrom}). */
  public abstract Optional<HideFrom> hideFrom();

  /** Whether and how thresholds are drawn ({@code thresholdsStyle}). */
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
