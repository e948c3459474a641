package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The legacy graph panel (Grafana 7 and earlier), which keeps its settings at the panel level;
 * Grafana 10 migrates it to a time series when shown.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGraphPanel.class)
@JsonDeserialize(as = ImmutableGraphPanel.class)
public abstract class GraphPanel extends Panel {
  /** The plugin id. */
  public static final String TYPE = "graph";

  public static ImmutableGraphPanel.Builder builder() {
    return ImmutableGraphPanel.builder();
  }

  @Override
  @Value.Default
  public String type() {
    return TYPE;
  }

  public abstract Optional<GraphOptions> options();

  /** Series colors by alias. */
  public abstract Map<String, String> aliasColors();

  public abstract Optional<Boolean> lines();

  public abstract Optional<Integer> linewidth();

  public abstract Optional<Boolean> bars();

  public abstract Optional<Boolean> points();

  public abstract Optional<Integer> pointradius();

  /** Fill opacity, 0 to 10. */
  public abstract Optional<Integer> fill();

  public abstract Optional<Integer> fillGradient();

  public abstract Optional<Boolean> stack();

  public abstract Optional<Boolean> percentage();

  public abstract Optional<Boolean> steppedLine();

  public abstract Optional<Boolean> dashes();

  public abstract Optional<Integer> dashLength();

  public abstract Optional<Integer> spaceLength();

  /** {@code null}, {@code connected} or {@code null as zero}. */
  public abstract Optional<String> nullPointMode();

  public abstract Optional<Integer> decimals();

  public abstract Optional<Boolean> hiddenSeries();

  public abstract Optional<String> renderer();

  public abstract Optional<GraphLegend> legend();

  public abstract Optional<GraphTooltip> tooltip();

  public abstract Optional<GraphXAxis> xaxis();

  /** The left and right y axes. */
  public abstract List<GraphYAxis> yaxes();

  public abstract List<JsonNode> seriesOverrides();

  public abstract List<JsonNode> thresholds();

  public abstract List<JsonNode> timeRegions();

  @Value.Check
  protected void checkType() {
    Kinds.require("graph panel", TYPE, type());
  }
}
