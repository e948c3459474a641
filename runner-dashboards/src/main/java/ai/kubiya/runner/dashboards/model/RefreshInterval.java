package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * A dashboard's auto-refresh: an interval such as {@code 1m}, or off. Grafana saves "off" either as
 * {@code false} or as an empty text; both read and write back as they were.
 */
public final class RefreshInterval {
  private static final RefreshInterval OFF = new RefreshInterval(null);

  private final String every;

  private RefreshInterval(String every) {
    this.every = every;
  }

  /** Refresh every {@code interval}, for example {@code 1m}; an empty text means off. */
  public static RefreshInterval every(String interval) {
    return new RefreshInterval(Objects.requireNonNull(interval, "interval"));
  }

  /** No auto-refresh, saved as {@code false}. */
  public static RefreshInterval off() {
    return OFF;
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static RefreshInterval fromJson(JsonNode json) {
    if (json.isTextual()) {
      return every(json.textValue());
    }
    if (json.isBoolean() && !json.booleanValue()) {
      return OFF;
    }
    throw new IllegalArgumentException(
        "refresh is an interval such as \"1m\", or false; not " + json);
  }

  @JsonValue
  Object toJson() {
    return every == null ? Boolean.FALSE : every;
  }

  /** The interval, when refresh is on. */
  public Optional<String> interval() {
    return Optional.ofNullable(every).filter(s -> !s.isEmpty());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RefreshInterval && Objects.equals(every, ((RefreshInterval) o).every);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(every);
  }

  @Override
  public String toString() {
    return every == null ? "off" : every;
  }
}
