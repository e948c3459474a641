package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A legend: list or table, at the bottom or on the right, with reducer columns ({@code calcs}). */
@Value.Immutable
@JsonSerialize(as = ImmutableVizLegendOptions.class)
@JsonDeserialize(as = ImmutableVizLegendOptions.class)
public abstract class VizLegendOptions {
  /** A builder; every option is optional. */
  public static ImmutableVizLegendOptions.Builder builder() {
    return ImmutableVizLegendOptions.builder();
  }

  /** List, table or hidden ({@code displayMode}). */
  public abstract Optional<Viz.LegendDisplayMode> displayMode();

  /** Bottom or right ({@code placement}). */
  public abstract Optional<Viz.LegendPlacement> placement();

  /** Show the legend. */
  public abstract Optional<Boolean> showLegend();

  /** Reducer ids shown as legend columns (see {@link Reducer}). */
  public abstract List<String> calcs();

  /** Legend width when placed on the right. */
  public abstract Optional<Integer> width();

  /** The legend column to sort by, and the direction. */
  public abstract Optional<String> sortBy();

  /** Sort the legend descending by {@code sortBy}. */
  public abstract Optional<Boolean> sortDesc();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
