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
  /** A builder; {@code name}, {@code datasource} and the query keys are optional. */
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

  /** The name shown in the dashboard's annotation toggles. */
  public abstract Optional<String> name();

  /** 1 for Grafana's built-in query. */
  public abstract Optional<Integer> builtIn();

  /** The data source the annotation query runs on. */
  public abstract Optional<DatasourceRef> datasource();

  /** Whether the annotation query runs (the toggle's initial state). */
  public abstract Optional<Boolean> enable();

  /** Hide the toggle from the dashboard's controls (the query still runs when enabled). */
  public abstract Optional<Boolean> hide();

  /** The color of the markers, a Grafana color name or {@code rgba(...)} text. */
  public abstract Optional<String> iconColor();

  /** {@code dashboard} for Grafana's built-in annotations; absent for data source queries. */
  public abstract Optional<String> type();

  /** The query, in the data source's own shape. */
  public abstract Optional<JsonNode> target();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
