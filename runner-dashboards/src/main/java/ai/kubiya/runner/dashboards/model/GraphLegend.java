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
  public static ImmutableGraphLegend.Builder builder() {
    return ImmutableGraphLegend.builder();
  }

  public abstract Optional<Boolean> show();

  /** Show the value columns below. */
  public abstract Optional<Boolean> values();

  public abstract Optional<Boolean> min();

  public abstract Optional<Boolean> max();

  public abstract Optional<Boolean> avg();

  public abstract Optional<Boolean> current();

  public abstract Optional<Boolean> total();

  public abstract Optional<Boolean> alignAsTable();

  public abstract Optional<Boolean> rightSide();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
