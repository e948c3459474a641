package ai.kubiya.runner.dashboards.model;

import ai.kubiya.runner.model.RunnerStyle;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** How a field's values are colored: by thresholds, a fixed color, a palette or a gradient. */
@Value.Immutable
@RunnerStyle
@JsonSerialize(as = ImmutableFieldColor.class)
@JsonDeserialize(as = ImmutableFieldColor.class)
public abstract class FieldColor {
  /** Grafana's color schemes. */
  public enum Mode {
    THRESHOLDS("thresholds"),
    FIXED("fixed"),
    SHADES("shades"),
    PALETTE_CLASSIC("palette-classic"),
    PALETTE_CLASSIC_BY_NAME("palette-classic-by-name"),
    CONTINUOUS_GR_YL_RD("continuous-GrYlRd"),
    CONTINUOUS_RD_YL_GR("continuous-RdYlGr"),
    CONTINUOUS_BL_YL_RD("continuous-BlYlRd"),
    CONTINUOUS_YL_RD("continuous-YlRd"),
    CONTINUOUS_BL_PU("continuous-BlPu"),
    CONTINUOUS_YL_BL("continuous-YlBl"),
    CONTINUOUS_BLUES("continuous-blues"),
    CONTINUOUS_REDS("continuous-reds"),
    CONTINUOUS_GREENS("continuous-greens"),
    CONTINUOUS_PURPLES("continuous-purples");

    private final String json;

    Mode(String json) {
      this.json = json;
    }

    @JsonValue
    public String json() {
      return json;
    }
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
