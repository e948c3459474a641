package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A field's thresholds: ordered color steps, by absolute value or by percentage of the min..max
 * range.
 *
 * <pre>{@code
 * Thresholds t = Thresholds.absolute("green").step(80, "red");
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableThresholds.class)
@JsonDeserialize(as = ImmutableThresholds.class)
public abstract class Thresholds {
  /** How step values are read. */
  public enum Mode {
    /** {@code absolute}: step values are values. */
    @JsonProperty("absolute")
    ABSOLUTE,
    /** {@code percentage}: step values are percent of the min-max range. */
    @JsonProperty("percentage")
    PERCENTAGE
  }

  /** A builder; {@code mode} is required. */
  public static ImmutableThresholds.Builder builder() {
    return ImmutableThresholds.builder();
  }

  /** Absolute thresholds with this base color. */
  public static Thresholds absolute(String baseColor) {
    return ImmutableThresholds.builder()
        .mode(Mode.ABSOLUTE)
        .addStep(ThresholdStep.base(baseColor))
        .build();
  }

  /** Percentage thresholds with this base color. */
  public static Thresholds percentage(String baseColor) {
    return ImmutableThresholds.builder()
        .mode(Mode.PERCENTAGE)
        .addStep(ThresholdStep.base(baseColor))
        .build();
  }

  /** Absolute values or percentages ({@code mode}). */
  public abstract Mode mode();

  /** The steps in ascending order; the first is the base, without a value. */
  public abstract List<ThresholdStep> steps();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  /** These thresholds with one more step: values from {@code value} up take {@code color}. */
  public Thresholds step(double value, String color) {
    return ImmutableThresholds.builder().from(this).addStep(ThresholdStep.of(value, color)).build();
  }
}
