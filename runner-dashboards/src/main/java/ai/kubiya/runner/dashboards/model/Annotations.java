package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** A dashboard's annotation queries (Grafana's {@code annotations.list}). */
@Value.Immutable
@JsonSerialize(as = ImmutableAnnotations.class)
@JsonDeserialize(as = ImmutableAnnotations.class)
public abstract class Annotations {
  /** These annotation queries. */
  public static Annotations of(Annotation... annotations) {
    return ImmutableAnnotations.builder().list(Arrays.asList(annotations)).build();
  }

  /** The annotation queries ({@code annotations.list}), in order. */
  public abstract List<Annotation> list();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
