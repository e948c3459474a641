package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Options of heatmap panels: bucket calculation, cell gap, colors, y axis, tooltip and legend. */
@Value.Immutable
@JsonSerialize(as = ImmutableHeatmapOptions.class)
@JsonDeserialize(as = ImmutableHeatmapOptions.class)
public abstract class HeatmapOptions {
  /** A builder; every option is optional. */
  public static ImmutableHeatmapOptions.Builder builder() {
    return ImmutableHeatmapOptions.builder();
  }

  /**
   * Calculate buckets from the data rather than reading them from the series (for example {@code
   * le}).
   */
  public abstract Optional<Boolean> calculate();

  /** Gap between cells in pixels. */
  public abstract Optional<Integer> cellGap();

  /** Cell colors. */
  public abstract Optional<HeatmapColorOptions> color();

  /** The y axis. */
  public abstract Optional<HeatmapYAxisOptions> yAxis();

  /** The tooltip. */
  public abstract Optional<VizTooltipOptions> tooltip();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
