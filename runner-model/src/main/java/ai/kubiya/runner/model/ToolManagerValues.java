package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The tool-manager component, with its sdk-server sidecar. */
@Value.Immutable
@JsonSerialize(as = ImmutableToolManagerValues.class)
@JsonDeserialize(as = ImmutableToolManagerValues.class)
public abstract class ToolManagerValues implements WithToolManagerValues {
  /** The tool-manager image. */
  public abstract ImageValues image();

  /** Legacy scrape app name (kept from the chart's values). */
  @Value.Default
  public String otelCollectorMetricsScrapeAppName() {
    return "";
  }

  /** The tool-manager Service. */
  public abstract ToolManagerServiceValues service();

  /** Number of tool-manager pods. */
  public abstract int replicas();

  /** The tool-manager service account. */
  public abstract ServiceAccountValues serviceAccount();

  /** Whether the cluster-wide full-access ClusterRole and binding are created. */
  public abstract CreateFlagValues adminClusterRole();

  /** Extra pod annotations (the scrape switch). */
  public abstract Map<String, String> extraPodsAnnotations();

  /** The liveness probe. */
  public abstract ProbeValues livenessProbe();

  /** Pod volumes, as Kubernetes YAML. */
  public abstract List<Map<String, Object>> volumes();

  /** The container port. */
  public abstract int containerPort();

  /**
   * Environment variables; values are templates. Shown as {@code <redacted>} in {@code toString()}:
   * users put tokens and API keys here.
   */
  @Value.Redacted
  public abstract Map<String, String> env();

  /** Container resources. */
  public abstract Optional<ResourcesValues> resources();

  /** Volume mounts, as Kubernetes YAML. */
  public abstract List<Map<String, Object>> volumeMounts();

  /** The container command. */
  public abstract List<String> command();

  /** The sdk-server sidecar. */
  public abstract SdkServerValues sdkServer();

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

  /** A builder of {@code ToolManagerValues}. */
  public static ImmutableToolManagerValues.Builder builder() {
    return ImmutableToolManagerValues.builder();
  }
}
