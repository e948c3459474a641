package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A heatmap's y axis: placement, unit, decimals, direction. */
@Value.Immutable
@JsonSerialize(as = ImmutableHeatmapYAxisOptions.class)
@JsonDeserialize(as = ImmutableHeatmapYAxisOptions.class)
public abstract class HeatmapYAxisOptions {
  public static ImmutableHeatmapYAxisOptions.Builder builder() {
    return ImmutableHeatmapYAxisOptions.builder();
  }

  public abstract Optional<CustomFieldConfig.AxisPlacement> axisPlacement();

  public abstract Optional<String> unit();

  public abstract Optional<Integer> decimals();

  public abstract Optional<Boolean> reverse();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
