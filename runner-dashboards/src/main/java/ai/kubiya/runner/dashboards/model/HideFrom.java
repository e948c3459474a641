package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** Where a series is hidden: from the legend, the tooltip, the visualization. */
@Value.Immutable
@JsonSerialize(as = ImmutableHideFrom.class)
@JsonDeserialize(as = ImmutableHideFrom.class)
public abstract class HideFrom {
  /** Shown everywhere (the form Grafana's editor saves). */
  public static HideFrom nowhere() {
    return ImmutableHideFrom.builder().legend(false).tooltip(false).viz(false).build();
  }

  /** Hidden from the legend. */
  public abstract boolean legend();

  /** Hidden from the tooltip. */
  public abstract boolean tooltip();

  /** Hidden from the graph itself. */
  public abstract boolean viz();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
