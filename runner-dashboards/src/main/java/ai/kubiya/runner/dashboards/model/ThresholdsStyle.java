package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** Whether a graph draws its thresholds, as lines, areas or both. */
@Value.Immutable
@JsonSerialize(as = ImmutableThresholdsStyle.class)
@JsonDeserialize(as = ImmutableThresholdsStyle.class)
public abstract class ThresholdsStyle {
  /** Threshold drawing styles. */
  public enum Mode {
    @JsonProperty("off")
    OFF,
    @JsonProperty("line")
    LINE,
    @JsonProperty("area")
    AREA,
    @JsonProperty("line+area")
    LINE_AND_AREA,
    @JsonProperty("dashed")
    DASHED,
    @JsonProperty("dashed+area")
    DASHED_AND_AREA,
    @JsonProperty("series")
    SERIES
  }

  /** Thresholds drawn in this style. */
  public static ThresholdsStyle of(Mode mode) {
    return ImmutableThresholdsStyle.builder().mode(mode).build();
  }

  public abstract Mode mode();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
