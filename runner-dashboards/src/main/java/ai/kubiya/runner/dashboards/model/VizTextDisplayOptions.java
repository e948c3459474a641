package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Fixed text sizes of titles and values, in pixels. */
@Value.Immutable
@JsonSerialize(as = ImmutableVizTextDisplayOptions.class)
@JsonDeserialize(as = ImmutableVizTextDisplayOptions.class)
public abstract class VizTextDisplayOptions {
  /** A builder; every key is optional. */
  public static ImmutableVizTextDisplayOptions.Builder builder() {
    return ImmutableVizTextDisplayOptions.builder();
  }

  /** Title font size in pixels; absent for automatic. */
  public abstract Optional<Integer> titleSize();

  /** Value font size in pixels; absent for automatic. */
  public abstract Optional<Integer> valueSize();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
