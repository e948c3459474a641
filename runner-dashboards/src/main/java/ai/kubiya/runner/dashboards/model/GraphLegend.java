package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The legend of a legacy graph panel: shown or not, which values, as a table or on the right. */
@Value.Immutable
@JsonSerialize(as = ImmutableGraphLegend.class)
@JsonDeserialize(as = ImmutableGraphLegend.class)
public abstract class GraphLegend {
  /** A builder; every key is optional. */
  public static ImmutableGraphLegend.Builder builder() {
    return ImmutableGraphLegend.builder();
  }

  /** Show the legend. */
  public abstract Optional<Boolean> show();

  /** Show the value columns below. */
  public abstract Optional<Boolean> values();

  /** Show each series' minimum. */
  public abstract Optional<Boolean> min();

  /** Show each series' maximum. */
  public abstract Optional<Boolean> max();

  /** Show each series' average. */
  public abstract Optional<Boolean> avg();

  /** Show each series' last value. */
  public abstract Optional<Boolean> current();

  /** Show each series' sum. */
  public abstract Optional<Boolean> total();

  /** Lay the legend out as a table. */
  public abstract Optional<Boolean> alignAsTable();

  /** Put the legend to the right of the graph. */
  public abstract Optional<Boolean> rightSide();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
