package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The sdk-server sidecar of tool-manager. */
@Value.Immutable
@JsonSerialize(as = ImmutableSdkServerValues.class)
@JsonDeserialize(as = ImmutableSdkServerValues.class)
public abstract class SdkServerValues implements WithSdkServerValues {
  /** The sdk-server image. */
  public abstract ImageValues image();

  /** Container resources. */
  public abstract Optional<ResourcesValues> resources();

  /** The container command. */
  public abstract List<String> command();

  /** The container port. */
  public abstract int containerPort();

  /** Default file mode (kept from the chart's values; the chart does not render it). */
  @Value.Default
  public int defaultMode() {
    return 420;
  }

  /** The liveness probe. */
  public abstract ProbeValues livenessProbe();

  /**
   * Environment variables; values are templates. Shown as {@code <redacted>} in {@code toString()}:
   * users put tokens and API keys here.
   */
  @Value.Redacted
  public abstract Map<String, String> env();

  /** Volume mounts, as Kubernetes YAML. */
  public abstract List<Map<String, Object>> volumeMounts();

  /** Keys this SDK does not model, kept in order so nothing a user sets is lost. */
  @JsonAnyGetter
  public abstract Map<String, Object> extras();

  /** A builder of {@code SdkServerValues}. */
  public static ImmutableSdkServerValues.Builder builder() {
    return ImmutableSdkServerValues.builder();
  }
}
