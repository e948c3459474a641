package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Options of time series panels: legend and tooltip. */
@Value.Immutable
@JsonSerialize(as = ImmutableTimeseriesOptions.class)
@JsonDeserialize(as = ImmutableTimeseriesOptions.class)
public abstract class TimeseriesOptions {
  /** A builder; every option is optional. */
  public static ImmutableTimeseriesOptions.Builder builder() {
    return ImmutableTimeseriesOptions.builder();
  }

  /** The legend. */
  public abstract Optional<VizLegendOptions> legend();

  /** The tooltip. */
  public abstract Optional<VizTooltipOptions> tooltip();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
