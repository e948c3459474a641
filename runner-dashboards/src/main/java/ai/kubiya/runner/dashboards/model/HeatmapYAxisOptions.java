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
  /** A builder; every key is optional. */
  public static ImmutableHeatmapYAxisOptions.Builder builder() {
    return ImmutableHeatmapYAxisOptions.builder();
  }

  /** Where the axis goes. */
  public abstract Optional<CustomFieldConfig.AxisPlacement> axisPlacement();

  /** A Grafana unit id for the axis labels. */
  public abstract Optional<String> unit();

  /** Decimals of the axis labels. */
  public abstract Optional<Integer> decimals();

  /** Reverse the axis (high buckets at the bottom). */
  public abstract Optional<Boolean> reverse();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
