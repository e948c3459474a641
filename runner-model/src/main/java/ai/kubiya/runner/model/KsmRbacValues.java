package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** kube-state-metrics RBAC switches. */
@Value.Immutable
@JsonSerialize(as = ImmutableKsmRbacValues.class)
@JsonDeserialize(as = ImmutableKsmRbacValues.class)
public abstract class KsmRbacValues implements WithKsmRbacValues {
  /** Whether RBAC is rendered. */
  @Value.Default
  public boolean create() {
    return true;
  }

  /** ClusterRole (cluster-wide) or Role (namespace only). */
  @Value.Default
  public boolean useClusterRole() {
    return false;
  }

  /** Keys this SDK does not model, kept in order so nothing a user sets is lost. */
  @JsonAnyGetter
  public abstract Map<String, Object> extras();

  /** A builder of {@code KsmRbacValues}. */
  public static ImmutableKsmRbacValues.Builder builder() {
    return ImmutableKsmRbacValues.builder();
  }
}
