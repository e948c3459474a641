package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** The kube-state-metrics image. */
@Value.Immutable
@JsonSerialize(as = ImmutableKsmImageValues.class)
@JsonDeserialize(as = ImmutableKsmImageValues.class)
public abstract class KsmImageValues implements WithKsmImageValues {
  /** The registry. */
  @Value.Default
  public String registry() {
    return "registry.k8s.io";
  }

  /** The repository. */
  @Value.Default
  public String repository() {
    return "kube-state-metrics/kube-state-metrics";
  }

  /** The tag; empty means the subchart's app version. */
  @Value.Default
  public String tag() {
    return "";
  }

  /** The image pull policy. */
  @Value.Default
  public String pullPolicy() {
    return "IfNotPresent";
  }

  /** Keys this SDK does not model, kept in order so nothing a user sets is lost. */
  @JsonAnyGetter
  public abstract Map<String, Object> extras();

  /** A builder of {@code KsmImageValues}. */
  public static ImmutableKsmImageValues.Builder builder() {
    return ImmutableKsmImageValues.builder();
  }
}
