package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** What a {@link ValueMapping} shows for a matching value: a text, a color, or both. */
@Value.Immutable
@JsonSerialize(as = ImmutableMappingResult.class)
@JsonDeserialize(as = ImmutableMappingResult.class)
public abstract class MappingResult {
  /** A builder; every key is optional. */
  public static ImmutableMappingResult.Builder builder() {
    return ImmutableMappingResult.builder();
  }

  /** The text shown instead of the value. */
  public abstract Optional<String> text();

  /** The color the value gets, a Grafana color name or hex. */
  public abstract Optional<String> color();

  /** An icon URL, for panels that show icons. */
  public abstract Optional<String> icon();

  /** The mapping's position among the field's mappings (Grafana's editor keeps it). */
  public abstract Optional<Integer> index();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
