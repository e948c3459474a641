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
    /** {@code off}: not drawn. */
    @JsonProperty("off")
    OFF,
    /** {@code line}: solid lines. */
    @JsonProperty("line")
    LINE,
    /** {@code area}: colored areas. */
    @JsonProperty("area")
    AREA,
    /** {@code line+area}: solid lines and areas. */
    @JsonProperty("line+area")
    LINE_AND_AREA,
    /** {@code dashed}: dashed lines. */
    @JsonProperty("dashed")
    DASHED,
    /** {@code dashed+area}: dashed lines and areas. */
    @JsonProperty("dashed+area")
    DASHED_AND_AREA,
    /** {@code series}: the series itself colored by threshold. */
    @JsonProperty("series")
    SERIES
  }

  /** Thresholds drawn in this style. */
  public static ThresholdsStyle of(Mode mode) {
    return ImmutableThresholdsStyle.builder().mode(mode).build();
  }

  /** The drawing style ({@code mode}). */
  public abstract Mode mode();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
