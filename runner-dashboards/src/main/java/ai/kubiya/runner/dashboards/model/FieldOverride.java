package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Field config for the fields a matcher selects.
 *
 * <pre>{@code
 * FieldOverride.of(FieldMatcher.byName("Pod Restarts"), OverrideProperty.unit("none"))
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFieldOverride.class)
@JsonDeserialize(as = ImmutableFieldOverride.class)
public abstract class FieldOverride {
  /** These properties for the fields {@code matcher} selects. */
  public static FieldOverride of(FieldMatcher matcher, OverrideProperty... properties) {
    return ImmutableFieldOverride.builder()
        .matcher(matcher)
        .properties(Arrays.asList(properties))
        .build();
  }

  /** Which fields the override applies to. */
  public abstract FieldMatcher matcher();

  /** The properties set on those fields, in order. */
  public abstract List<OverrideProperty> properties();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
