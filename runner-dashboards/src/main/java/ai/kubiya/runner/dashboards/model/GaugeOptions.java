package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Options of gauge panels: reduction, orientation, threshold markers and labels, sizing. */
@Value.Immutable
@JsonSerialize(as = ImmutableGaugeOptions.class)
@JsonDeserialize(as = ImmutableGaugeOptions.class)
public abstract class GaugeOptions {
  /** A builder; every option is optional. */
  public static ImmutableGaugeOptions.Builder builder() {
    return ImmutableGaugeOptions.builder();
  }

  /** How each series reduces to the one value its gauge shows. */
  public abstract Optional<ReduceDataOptions> reduceOptions();

  /** Layout of several gauges. */
  public abstract Optional<Viz.Orientation> orientation();

  /** Write threshold values around the gauge. */
  public abstract Optional<Boolean> showThresholdLabels();

  /** Draw the threshold colors as a band around the gauge. */
  public abstract Optional<Boolean> showThresholdMarkers();

  /** Gauge size: automatic, or the {@code minVizWidth}/{@code minVizHeight} given. */
  public abstract Optional<Viz.Sizing> sizing();

  /** Minimum gauge width in pixels. */
  public abstract Optional<Integer> minVizWidth();

  /** Minimum gauge height in pixels. */
  public abstract Optional<Integer> minVizHeight();

  /** Font sizes of titles and values. */
  public abstract Optional<VizTextDisplayOptions> text();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
