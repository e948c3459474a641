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

  /** A builder; {@code type} defaults to {@value #TYPE}. */
  public static ImmutableGraphPanel.Builder builder() {
    return ImmutableGraphPanel.builder();
  }

  @Override
  @Value.Default
  public String type() {
    return TYPE;
  }

  /** The few settings Grafana keeps under {@code options}, such as {@code alertThreshold}. */
  public abstract Optional<GraphOptions> options();

  /** Series colors by alias. */
  public abstract Map<String, String> aliasColors();

  /** Draw lines. */
  public abstract Optional<Boolean> lines();

  /** Line width in pixels. */
  public abstract Optional<Integer> linewidth();

  /** Draw bars. */
  public abstract Optional<Boolean> bars();

  /** Draw points. */
  public abstract Optional<Boolean> points();

  /** Point radius in pixels. */
  public abstract Optional<Integer> pointradius();

  /** Fill opacity, 0 to 10. */
  public abstract Optional<Integer> fill();

  /** Fill gradient, 0 (none) to 10. */
  public abstract Optional<Integer> fillGradient();

  /** Stack series. */
  public abstract Optional<Boolean> stack();

  /** Stack as percentages (with {@link #stack()}). */
  public abstract Optional<Boolean> percentage();

  /** Draw lines as steps. */
  public abstract Optional<Boolean> steppedLine();

  /** Draw lines dashed. */
  public abstract Optional<Boolean> dashes();

  /** Dash length in pixels. */
  public abstract Optional<Integer> dashLength();

  /** Gap between dashes in pixels. */
  public abstract Optional<Integer> spaceLength();

  /** {@code null}, {@code connected} or {@code null as zero}. */
  public abstract Optional<String> nullPointMode();

  /** Decimals in the legend and tooltip. */
  public abstract Optional<Integer> decimals();

  /** Grafana's flag that the user hid series from the legend. */
  public abstract Optional<Boolean> hiddenSeries();

  /** {@code flot}, the legacy renderer. */
  public abstract Optional<String> renderer();

  /** The legend. */
  public abstract Optional<GraphLegend> legend();

  /** The tooltip. */
  public abstract Optional<GraphTooltip> tooltip();

  /** The x axis. */
  public abstract Optional<GraphXAxis> xaxis();

  /** The left and right y axes. */
  public abstract List<GraphYAxis> yaxes();

  /** Per-series overrides, kept as JSON. */
  public abstract List<JsonNode> seriesOverrides();

  /** Threshold lines and regions, kept as JSON. */
  public abstract List<JsonNode> thresholds();

  /** Highlighted time regions, kept as JSON. */
  public abstract List<JsonNode> timeRegions();

  @Value.Check
  void checkType() {
    Kinds.require("graph panel", TYPE, type());
  }
}
