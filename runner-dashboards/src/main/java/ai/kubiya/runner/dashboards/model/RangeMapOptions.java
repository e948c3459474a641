package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The bounds of a {@link RangeMap} (either may be open) and its result. */
@Value.Immutable
@JsonSerialize(as = ImmutableRangeMapOptions.class)
@JsonDeserialize(as = ImmutableRangeMapOptions.class)
public abstract class RangeMapOptions {
  /** The lower bound, included; absent for no lower bound. */
  @SuppressWarnings("immutables:from") // Grafana's name; the builder goes without from(instance)
  public abstract Optional<Double> from();

  /** The upper bound, included; absent for no upper bound. */
  public abstract Optional<Double> to();

  /** What values in the range become. */
  public abstract MappingResult result();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
