package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** An annotation query of a dashboard: where event markers on its graphs come from. */
@Value.Immutable
@JsonSerialize(as = ImmutableAnnotation.class)
@JsonDeserialize(as = ImmutableAnnotation.class)
public abstract class Annotation {
  public static ImmutableAnnotation.Builder builder() {
    return ImmutableAnnotation.builder();
  }

  /**
   * Grafana's built-in "Annotations &amp; Alerts" query, present in every dashboard Grafana saves.
   */
  public static Annotation builtInAlerts() {
    return builder()
        .builtIn(1)
        .datasource(DatasourceRef.of("grafana", "-- Grafana --"))
        .enable(true)
        .hide(true)
        .iconColor("rgba(0, 211, 255, 1)")
        .name("Annotations & Alerts")
        .type("dashboard")
        .build();
  }

  public abstract Optional<String> name();

  /** 1 for Grafana's built-in query. */
  public abstract Optional<Integer> builtIn();

  public abstract Optional<DatasourceRef> datasource();

  public abstract Optional<Boolean> enable();

  public abstract Optional<Boolean> hide();

  public abstract Optional<String> iconColor();

  public abstract Optional<String> type();

  /** The query, in the data source's own shape. */
  public abstract Optional<JsonNode> target();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
