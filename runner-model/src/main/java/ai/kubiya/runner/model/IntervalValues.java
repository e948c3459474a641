package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** A scrape interval setting. */
@Value.Immutable
@JsonSerialize(as = ImmutableIntervalValues.class)
@JsonDeserialize(as = ImmutableIntervalValues.class)
public abstract class IntervalValues implements WithIntervalValues {
  /** A Go duration, or a template. */
  @Value.Default
  public String interval() {
    return "";
  }

  /** Keys this SDK does not model, kept in order so nothing a user sets is lost. */
  @JsonAnyGetter
  public abstract Map<String, Object> extras();

  /** A builder of {@code IntervalValues}. */
  public static ImmutableIntervalValues.Builder builder() {
    return ImmutableIntervalValues.builder();
  }
}
