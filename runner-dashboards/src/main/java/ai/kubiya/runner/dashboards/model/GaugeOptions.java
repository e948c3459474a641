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
  public static ImmutableGaugeOptions.Builder builder() {
    return ImmutableGaugeOptions.builder();
  }

  public abstract Optional<ReduceDataOptions> reduceOptions();

  public abstract Optional<Viz.Orientation> orientation();

  public abstract Optional<Boolean> showThresholdLabels();

  public abstract Optional<Boolean> showThresholdMarkers();

  public abstract Optional<Viz.Sizing> sizing();

  public abstract Optional<Integer> minVizWidth();

  public abstract Optional<Integer> minVizHeight();

  public abstract Optional<VizTextDisplayOptions> text();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
