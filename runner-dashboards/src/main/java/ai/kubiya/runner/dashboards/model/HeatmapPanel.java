package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A heatmap of buckets over time, for example of a Prometheus histogram. */
@Value.Immutable
@JsonSerialize(as = ImmutableHeatmapPanel.class)
@JsonDeserialize(as = ImmutableHeatmapPanel.class)
public abstract class HeatmapPanel extends Panel {
  /** The plugin id. */
  public static final String TYPE = "heatmap";

  /** A builder; {@code type} defaults to {@value #TYPE}. */
  public static ImmutableHeatmapPanel.Builder builder() {
    return ImmutableHeatmapPanel.builder();
  }

  @Override
  @Value.Default
  public String type() {
    return TYPE;
  }

  /** The heatmap options ({@code options}). */
  public abstract Optional<HeatmapOptions> options();

  @Value.Check
  void checkType() {
    Kinds.require("heatmap panel", TYPE, type());
  }
}
