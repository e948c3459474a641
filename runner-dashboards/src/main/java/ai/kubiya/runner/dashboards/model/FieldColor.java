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
    @JsonProperty("thresholds")
    THRESHOLDS,
    @JsonProperty("fixed")
    FIXED,
    @JsonProperty("shades")
    SHADES,
    @JsonProperty("palette-classic")
    PALETTE_CLASSIC,
    @JsonProperty("palette-classic-by-name")
    PALETTE_CLASSIC_BY_NAME,
    @JsonProperty("continuous-GrYlRd")
    CONTINUOUS_GR_YL_RD,
    @JsonProperty("continuous-RdYlGr")
    CONTINUOUS_RD_YL_GR,
    @JsonProperty("continuous-BlYlRd")
    CONTINUOUS_BL_YL_RD,
    @JsonProperty("continuous-YlRd")
    CONTINUOUS_YL_RD,
    @JsonProperty("continuous-BlPu")
    CONTINUOUS_BL_PU,
    @JsonProperty("continuous-YlBl")
    CONTINUOUS_YL_BL,
    @JsonProperty("continuous-blues")
    CONTINUOUS_BLUES,
    @JsonProperty("continuous-reds")
    CONTINUOUS_REDS,
    @JsonProperty("continuous-greens")
    CONTINUOUS_GREENS,
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

  public abstract Mode mode();

  /** The color of {@link Mode#FIXED} and {@link Mode#SHADES}. */
  public abstract Optional<String> fixedColor();

  /** Which value of a series picks its color in gradient schemes: last, min or max. */
  public abstract Optional<String> seriesBy();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
