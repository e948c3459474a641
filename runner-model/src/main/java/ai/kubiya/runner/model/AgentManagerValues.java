package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The agent-manager component. */
@Value.Immutable
@JsonSerialize(as = ImmutableAgentManagerValues.class)
@JsonDeserialize(as = ImmutableAgentManagerValues.class)
public abstract class AgentManagerValues implements WithAgentManagerValues {
  /** Number of agent-manager pods. */
  public abstract int replicas();

  /** The agent-manager image. */
  public abstract ImageValues image();

  /** The agent-manager Service. */
  public abstract AgentManagerServiceValues service();

  /** The agent-manager service account. */
  public abstract ServiceAccountValues serviceAccount();

  /** The liveness probe. */
  public abstract ProbeValues livenessProbe();

  /** Extra pod annotations (the scrape switch). */
  public abstract Map<String, String> extraPodsAnnotations();

  /** Container resources. */
  public abstract Optional<ResourcesValues> resources();

  /** Pod volumes, as Kubernetes YAML. */
  public abstract List<Map<String, Object>> volumes();

  /** Volume mounts, as Kubernetes YAML. */
  public abstract List<Map<String, Object>> volumeMounts();

  /**
   * Environment variables; values are templates. Shown as {@code <redacted>} in {@code toString()}:
   * users put tokens and API keys here.
   */
  @Value.Redacted
  public abstract Map<String, String> env();

  /** Pod node selector. */
  public abstract Map<String, Object> nodeSelector();

  /** Pod affinity, as Kubernetes YAML. */
  public abstract Map<String, Object> affinity();

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

  /** A builder of {@code AgentManagerValues}. */
  public static ImmutableAgentManagerValues.Builder builder() {
    return ImmutableAgentManagerValues.builder();
  }
}
