package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** kube-state-metrics self-monitoring. */
@Value.Immutable
@JsonSerialize(as = ImmutableKsmSelfMonitorValues.class)
@JsonDeserialize(as = ImmutableKsmSelfMonitorValues.class)
public abstract class KsmSelfMonitorValues implements WithKsmSelfMonitorValues {
  /** Whether the telemetry port is exposed. */
  @Value.Default
  public boolean enabled() {
    return false;
  }

  /** The telemetry host. */
  @Value.Default
  public String telemetryHost() {
    return "";
  }

  /** The telemetry port. */
  @Value.Default
  public int telemetryPort() {
    return 8081;
  }

  /** Keys this SDK does not model, kept in order so nothing a user sets is lost. */
  @JsonAnyGetter
  public abstract Map<String, Object> extras();

  /** A builder of {@code KsmSelfMonitorValues}. */
  public static ImmutableKsmSelfMonitorValues.Builder builder() {
    return ImmutableKsmSelfMonitorValues.builder();
  }
}
