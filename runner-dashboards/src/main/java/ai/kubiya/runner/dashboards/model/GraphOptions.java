package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Options of legacy graph panels (Grafana keeps the rest of their settings at the panel level). */
@Value.Immutable
@JsonSerialize(as = ImmutableGraphOptions.class)
@JsonDeserialize(as = ImmutableGraphOptions.class)
public abstract class GraphOptions {
  /** A builder; every option is optional. */
  public static ImmutableGraphOptions.Builder builder() {
    return ImmutableGraphOptions.builder();
  }

  /** Draw alert thresholds. */
  public abstract Optional<Boolean> alertThreshold();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
