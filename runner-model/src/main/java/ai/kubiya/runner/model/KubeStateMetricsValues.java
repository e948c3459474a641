package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The kube-state-metrics subchart (5.27.0, alias {@code kubestatemetrics}). */
@Value.Immutable
@JsonSerialize(as = ImmutableKubeStateMetricsValues.class)
@JsonDeserialize(as = ImmutableKubeStateMetricsValues.class)
public abstract class KubeStateMetricsValues implements WithKubeStateMetricsValues {
  /** Whether kube-state-metrics is rendered. */
  @Value.Default
  public boolean enabled() {
    return true;
  }

  /** HTTP endpoint scrape interval (kept from the chart's values). */
  public abstract Optional<IntervalValues> http();

  /** Metrics scrape interval (kept from the chart's values). */
  public abstract Optional<IntervalValues> metrics();

  /** The image. */
  public abstract KsmImageValues image();

  /** The Deployment strategy type. */
  @Value.Default
  public String updateStrategy() {
    return "";
  }

  /** The Deployment's revision history limit. */
  @Value.Default
  public int revisionHistoryLimit() {
    return 10;
  }

  /** Pod labels exported as metric labels. */
  public abstract List<String> metricLabelsAllowlist();

  /** Whether only the release namespace is watched. */
  @Value.Default
  public boolean releaseNamespace() {
    return false;
  }

  /** RBAC switches. */
  public abstract KsmRbacValues rbac();

  /** Container resources. */
  public abstract Optional<ResourcesValues> resources();

  /** Self-monitoring. */
  public abstract KsmSelfMonitorValues selfMonitor();

  /** Number of pods. */
  @Value.Default
  public int replicas() {
    return 1;
  }

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

  /** A builder of {@code KubeStateMetricsValues}. */
  public static ImmutableKubeStateMetricsValues.Builder builder() {
    return ImmutableKubeStateMetricsValues.builder();
  }
}
