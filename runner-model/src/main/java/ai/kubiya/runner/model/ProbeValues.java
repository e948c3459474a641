package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A liveness probe switch and its timings. */
@Value.Immutable
@JsonSerialize(as = ImmutableProbeValues.class)
@JsonDeserialize(as = ImmutableProbeValues.class)
public abstract class ProbeValues implements WithProbeValues {
  /** Whether the probe is rendered. */
  @Value.Default
  public boolean enabled() {
    return false;
  }

  /** The HTTP GET action. */
  public abstract Optional<HttpGetValues> httpGet();

  /** Seconds before the first probe. */
  public abstract Optional<Integer> initialDelaySeconds();

  /** Seconds between probes. */
  public abstract Optional<Integer> periodSeconds();

  /** Seconds before a probe times out. */
  public abstract Optional<Integer> timeoutSeconds();

  /** Keys this SDK does not model, kept in order so nothing a user sets is lost. */
  @JsonAnyGetter
  public abstract Map<String, Object> extras();

  /** A builder of {@code ProbeValues}. */
  public static ImmutableProbeValues.Builder builder() {
    return ImmutableProbeValues.builder();
  }
}
