package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which fields an override applies to: Grafana's matcher id ({@code byName}, {@code byRegexp},
 * {@code byFrameRefID}, {@code byType}, {@code byValue}...) and its options (a name, a pattern, or
 * an object).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFieldMatcher.class)
@JsonDeserialize(as = ImmutableFieldMatcher.class)
public abstract class FieldMatcher {
  /** Fields whose display name is {@code name}. */
  public static FieldMatcher byName(String name) {
    return of("byName", name);
  }

  /** Fields whose name matches {@code pattern}. */
  public static FieldMatcher byRegexp(String pattern) {
    return of("byRegexp", pattern);
  }

  /** Fields of the query with this refId. */
  public static FieldMatcher byFrameRefId(String refId) {
    return of("byFrameRefID", refId);
  }

  /** A matcher with a text option. */
  public static FieldMatcher of(String id, String option) {
    return ImmutableFieldMatcher.builder().id(id).options(TextNode.valueOf(option)).build();
  }

  /** The matcher id, for example {@code byName}, {@code byRegexp} or {@code byFrameRefID}. */
  public abstract String id();

  /** The matcher's option, usually a text such as a field name. */
  public abstract Optional<JsonNode> options();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
