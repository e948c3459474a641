package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Heatmap cell colors: a scheme or opacity of one color, on a linear or exponential scale. */
@Value.Immutable
@JsonSerialize(as = ImmutableHeatmapColorOptions.class)
@JsonDeserialize(as = ImmutableHeatmapColorOptions.class)
public abstract class HeatmapColorOptions {
  /** A builder; every key is optional. */
  public static ImmutableHeatmapColorOptions.Builder builder() {
    return ImmutableHeatmapColorOptions.builder();
  }

  /** {@code scheme} or {@code opacity}. */
  public abstract Optional<String> mode();

  /** A color scheme name, for example {@code Oranges} or {@code RdYlBu}. */
  public abstract Optional<String> scheme();

  /** The color of the {@code opacity} mode. */
  public abstract Optional<String> fill();

  /** {@code linear} or {@code exponential}. */
  public abstract Optional<String> scale();

  /** The exponent of the {@code exponential} scale. */
  public abstract Optional<Double> exponent();

  /** How many colors the scale has. */
  public abstract Optional<Integer> steps();

  /** Reverse the scheme. */
  public abstract Optional<Boolean> reverse();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
