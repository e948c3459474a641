package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A dashboard's default time range, in Grafana's relative syntax: {@code now-6h} to {@code now}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTimeRange.class)
@JsonDeserialize(as = ImmutableTimeRange.class)
public abstract class TimeRange {
  /** From {@code from} to {@code to}. */
  public static TimeRange of(String from, String to) {
    return ImmutableTimeRange.builder().from(from).to(to).build();
  }

  /** The last {@code duration} up to now, for example {@code last("6h")}. */
  public static TimeRange last(String duration) {
    return of("now-" + duration, "now");
  }

  /** The start: an absolute time or a relative one such as {@code now-6h}. */
  @SuppressWarnings("immutables:from") // Grafana's name; the builder goes without from(instance)
  public abstract String from();

  /** The end: an absolute time or a relative one such as {@code now}. */
  public abstract String to();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
