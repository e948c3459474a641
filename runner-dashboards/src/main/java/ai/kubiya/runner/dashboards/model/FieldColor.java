package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** How a field's values are colored: by thresholds, a fixed color, a palette or a gradient. */
@Value.Immutable
@JsonSerialize(as = ImmutableFieldColor.class)
@JsonDeserialize(as = ImmutableFieldColor.class)
public abstract class FieldColor {
  /** Grafana's color schemes. */
  public enum Mode {
    /** {@code thresholds}: the color of the threshold step the value is in. */
    @JsonProperty("thresholds")
    THRESHOLDS,
    /** {@code fixed}: one color, {@link #fixedColor()}. */
    @JsonProperty("fixed")
    FIXED,
    /** {@code shades}: shades of one color. */
    @JsonProperty("shades")
    SHADES,
    /** {@code palette-classic}: Grafana's classic palette, a color per series. */
    @JsonProperty("palette-classic")
    PALETTE_CLASSIC,
    /** {@code palette-classic-by-name}: the classic palette, the color chosen by series name. */
    @JsonProperty("palette-classic-by-name")
    PALETTE_CLASSIC_BY_NAME,
    /** {@code continuous-GrYlRd}: green-yellow-red by value. */
    @JsonProperty("continuous-GrYlRd")
    CONTINUOUS_GR_YL_RD,
    /** {@code continuous-RdYlGr}: red-yellow-green by value. */
    @JsonProperty("continuous-RdYlGr")
    CONTINUOUS_RD_YL_GR,
    /** {@code continuous-BlYlRd}: blue-yellow-red by value. */
    @JsonProperty("continuous-BlYlRd")
    CONTINUOUS_BL_YL_RD,
    /** {@code continuous-YlRd}: yellow-red by value. */
    @JsonProperty("continuous-YlRd")
    CONTINUOUS_YL_RD,
    /** {@code continuous-BlPu}: blue-purple by value. */
    @JsonProperty("continuous-BlPu")
    CONTINUOUS_BL_PU,
    /** {@code continuous-YlBl}: yellow-blue by value. */
    @JsonProperty("continuous-YlBl")
    CONTINUOUS_YL_BL,
    /** {@code continuous-blues}: shades of blue by value. */
    @JsonProperty("continuous-blues")
    CONTINUOUS_BLUES,
    /** {@code continuous-reds}: shades of red by value. */
    @JsonProperty("continuous-reds")
    CONTINUOUS_REDS,
    /** {@code continuous-greens}: shades of green by value. */
    @JsonProperty("continuous-greens")
    CONTINUOUS_GREENS,
    /** {@code continuous-purples}: shades of purple by value. */
    @JsonProperty("continuous-purples")
    CONTINUOUS_PURPLES
  }

  /** Colors from a scheme. */
  public static FieldColor of(Mode mode) {
    return ImmutableFieldColor.builder().mode(mode).build();
  }

  /** One fixed color for every value. */
  public static FieldColor fixed(String color) {
    return ImmutableFieldColor.builder().mode(Mode.FIXED).fixedColor(color).build();
  }

  /** The color scheme ({@code mode}). */
  public abstract Mode mode();

  /** The color of {@link Mode#FIXED} and {@link Mode#SHADES}. */
  public abstract Optional<String> fixedColor();

  /** Which value of a series picks its color in gradient schemes: last, min or max. */
  public abstract Optional<String> seriesBy();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
