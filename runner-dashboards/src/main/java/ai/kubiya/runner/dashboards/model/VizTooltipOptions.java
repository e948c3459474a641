package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A tooltip: one or all series, sorted or not. */
@Value.Immutable
@JsonSerialize(as = ImmutableVizTooltipOptions.class)
@JsonDeserialize(as = ImmutableVizTooltipOptions.class)
public abstract class VizTooltipOptions {
  public static ImmutableVizTooltipOptions.Builder builder() {
    return ImmutableVizTooltipOptions.builder();
  }

  public abstract Optional<Viz.TooltipMode> mode();

  public abstract Optional<Viz.SortOrder> sort();

  public abstract Optional<Integer> maxHeight();

  public abstract Optional<Integer> maxWidth();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
