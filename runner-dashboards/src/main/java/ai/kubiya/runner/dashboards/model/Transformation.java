package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A data transformation of a panel: Grafana's transformation id ({@code organize}, {@code merge},
 * {@code joinByField}, {@code groupBy}, {@code sortBy}...) and its options.
 *
 * <pre>{@code
 * Transformation.of("joinByField", Map.of("byField", "Value", "mode", "outer"))
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTransformation.class)
@JsonDeserialize(as = ImmutableTransformation.class)
public abstract class Transformation {
  /** A builder; {@code id} is required. */
  public static ImmutableTransformation.Builder builder() {
    return ImmutableTransformation.builder();
  }

  /** A transformation with options given as nested maps, lists, texts and numbers. */
  public static Transformation of(String id, Map<String, ?> options) {
    return builder().id(id).options(DashboardJson.toTree(options)).build();
  }

  /** A transformation with empty options. */
  public static Transformation of(String id) {
    return of(id, Map.of());
  }

  /** The transformation id, for example {@code merge}, {@code organize} or {@code reduce}. */
  public abstract String id();

  /** The transformation's options, kept as JSON. */
  public abstract Optional<JsonNode> options();

  /** Skip this transformation. */
  public abstract Optional<Boolean> disabled();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
