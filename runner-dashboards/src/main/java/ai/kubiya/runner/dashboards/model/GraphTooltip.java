package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The tooltip of a legacy graph panel. */
@Value.Immutable
@JsonSerialize(as = ImmutableGraphTooltip.class)
@JsonDeserialize(as = ImmutableGraphTooltip.class)
public abstract class GraphTooltip {
  /** A builder; every key is optional. */
  public static ImmutableGraphTooltip.Builder builder() {
    return ImmutableGraphTooltip.builder();
  }

  /** All series in one tooltip. */
  public abstract Optional<Boolean> shared();

  /** 0 none, 1 increasing, 2 decreasing. */
  public abstract Optional<Integer> sort();

  /** {@code individual} or {@code cumulative}. */
  @JsonProperty("value_type")
  public abstract Optional<String> valueType();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
