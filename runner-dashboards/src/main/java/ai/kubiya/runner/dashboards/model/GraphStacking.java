package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Whether and how series stack, and in which stacking group. */
@Value.Immutable
@JsonSerialize(as = ImmutableGraphStacking.class)
@JsonDeserialize(as = ImmutableGraphStacking.class)
public abstract class GraphStacking {
  /** Stacking modes. */
  public enum Mode {
    /** {@code none}: no stacking. */
    @JsonProperty("none")
    NONE,
    /** {@code normal}: values stacked on each other. */
    @JsonProperty("normal")
    NORMAL,
    /** {@code percent}: stacked as shares of 100%. */
    @JsonProperty("percent")
    PERCENT
  }

  /** Stacking in group {@code A}, Grafana's default group. */
  public static GraphStacking of(Mode mode) {
    return ImmutableGraphStacking.builder().mode(mode).group("A").build();
  }

  /** The stacking mode. */
  public abstract Mode mode();

  /** The stacking group; series stack with others of the same group. */
  public abstract Optional<String> group();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
