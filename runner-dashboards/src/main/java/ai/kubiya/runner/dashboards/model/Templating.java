package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** A dashboard's template variables (Grafana's {@code templating.list}), in the order shown. */
@Value.Immutable
@JsonSerialize(as = ImmutableTemplating.class)
@JsonDeserialize(as = ImmutableTemplating.class)
public abstract class Templating {
  /** These variables, in this order. */
  public static Templating of(Variable... variables) {
    return of(Arrays.asList(variables));
  }

  /** These variables, in this order. */
  public static Templating of(List<? extends Variable> variables) {
    return ImmutableTemplating.builder().list(variables).build();
  }

  /** The variables ({@code templating.list}), in the order their pickers show. */
  public abstract List<Variable> list();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
