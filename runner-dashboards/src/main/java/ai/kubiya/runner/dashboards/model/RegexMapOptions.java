package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** The pattern of a {@link RegexMap} and its result. */
@Value.Immutable
@JsonSerialize(as = ImmutableRegexMapOptions.class)
@JsonDeserialize(as = ImmutableRegexMapOptions.class)
public abstract class RegexMapOptions {
  /**
   * A regular expression over the value's text; the result text may use its groups ({@code $1}).
   */
  public abstract String pattern();

  /** What matching values become. */
  public abstract MappingResult result();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
