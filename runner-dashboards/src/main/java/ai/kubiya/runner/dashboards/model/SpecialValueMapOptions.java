package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** The special value of a {@link SpecialValueMap} and its result. */
@Value.Immutable
@JsonSerialize(as = ImmutableSpecialValueMapOptions.class)
@JsonDeserialize(as = ImmutableSpecialValueMapOptions.class)
public abstract class SpecialValueMapOptions {
  /** The special value matched. */
  public abstract SpecialValueMap.Match match();

  /** What the value becomes. */
  public abstract MappingResult result();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
