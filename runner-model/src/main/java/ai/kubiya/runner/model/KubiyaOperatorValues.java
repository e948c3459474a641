package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The kubiya-operator component. */
@Value.Immutable
@JsonSerialize(as = ImmutableKubiyaOperatorValues.class)
@JsonDeserialize(as = ImmutableKubiyaOperatorValues.class)
public abstract class KubiyaOperatorValues implements WithKubiyaOperatorValues {
  /** Whether the operator is rendered. */
  @Value.Default
  public boolean create() {
    return true;
  }

  /** Whether the operator's Role grants full access in the runner's namespace. */
  @Value.Default
  public boolean fullAccess() {
    return false;
  }

  /** Number of operator pods. */
  public abstract int replicas();

  /** The operator's service account. */
  public abstract ServiceAccountValues serviceAccount();

  /** The operator image. */
  public abstract ImageValues image();

  /** The liveness probe switch. */
  public abstract ProbeValues livenessProbe();

  /** Container resources. */
  public abstract Optional<ResourcesValues> resources();

  /** Volume mounts of the operator container, as Kubernetes YAML. */
  public abstract List<Map<String, Object>> volumeMounts();

  /** Pod volumes, as Kubernetes YAML. */
  public abstract List<Map<String, Object>> volumes();

  /** The container port. */
  public abstract ContainerPortValues ports();

  /**
   * Environment variables; values are templates. Shown as {@code <redacted>} in {@code toString()}:
   * users put tokens and API keys here.
   */
  @Value.Redacted
  public abstract Map<String, String> env();

  /**
   * This section as a plain map tree, as it appears in {@link RunnerValues#toMap()}; computed once
   * per instance, so configs that share a section (copies made with {@code with*}) share its tree.
   * Read-only.
   */
  @Value.Lazy
  @Value.Auxiliary
  public Map<String, Object> toMap() {
    return ai.kubiya.runner.model.internal.ValuesCodec.sectionToMap(this);
  }

  /** Keys this SDK does not model, kept in order so nothing a user sets is lost. */
  @JsonAnyGetter
  public abstract Map<String, Object> extras();

  /** A builder of {@code KubiyaOperatorValues}. */
  public static ImmutableKubiyaOperatorValues.Builder builder() {
    return ImmutableKubiyaOperatorValues.builder();
  }
}
