package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The time picker: which auto-refresh intervals it offers, and a delay of "now". */
@Value.Immutable
@JsonSerialize(as = ImmutableTimePicker.class)
@JsonDeserialize(as = ImmutableTimePicker.class)
public abstract class TimePicker {
  /** A builder; every key is optional. */
  public static ImmutableTimePicker.Builder builder() {
    return ImmutableTimePicker.builder();
  }

  /** Auto-refresh choices, for example {@code 1m}, {@code 5m}. */
  @JsonProperty("refresh_intervals")
  public abstract List<String> refreshIntervals();

  /** Relative time range choices of older Grafana versions. */
  @JsonProperty("time_options")
  public abstract List<String> timeOptions();

  /** Shift "now" back by this much, for data that arrives late (for example {@code 1m}). */
  public abstract Optional<String> nowDelay();

  /** Hide the time picker. */
  public abstract Optional<Boolean> hidden();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
