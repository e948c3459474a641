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
  /** A builder; every option is optional. */
  public static ImmutableVizTooltipOptions.Builder builder() {
    return ImmutableVizTooltipOptions.builder();
  }

  /** One series, all series, or no tooltip ({@code mode}). */
  public abstract Optional<Viz.TooltipMode> mode();

  /** The order of series in a multi-series tooltip ({@code sort}). */
  public abstract Optional<Viz.SortOrder> sort();

  /** Maximum tooltip height in pixels. */
  public abstract Optional<Integer> maxHeight();

  /** Maximum tooltip width in pixels. */
  public abstract Optional<Integer> maxWidth();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
