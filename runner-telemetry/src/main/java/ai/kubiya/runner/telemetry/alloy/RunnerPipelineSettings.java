package ai.kubiya.runner.telemetry.alloy;

import ai.kubiya.runner.telemetry.alloy.remotewrite.AzureManagedPrometheus;
import ai.kubiya.runner.telemetry.alloy.remotewrite.RemoteWriteTarget;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Everything the runner's Alloy pipeline text depends on. Defaults equal chart 0.6.2's values;
 * {@link #fixUndefinedBlackboxModule()} is the one switch that departs from the chart.
 */
@Value.Immutable
public abstract class RunnerPipelineSettings {
  /** A builder; {@code namespace}, {@code releaseName} and {@code organization} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RunnerPipelineSettings}; {@code from(..)} copies an instance. */
  public static class Builder extends ImmutableRunnerPipelineSettings.Builder {}

  /** The release namespace: discovery namespace, probe addresses and the {@code namespace} label. */
  public abstract String namespace();

  /** The Helm release name: the {@code runner} label of every metric. */
  public abstract String releaseName();

  /** {@code organization}: the {@code organization} and {@code instance} labels. */
  public abstract String organization();

  /** {@code alloy.scrapeIntervals}. */
  @Value.Default
  public ScrapeIntervals scrapeIntervals() {
    return ScrapeIntervals.chartDefaults();
  }

  /** {@code alloy.livedebugging.enabled}: adds the {@code livedebugging} block. */
  @Value.Default
  public boolean liveDebugging() {
    return false;
  }

  /** {@code alloy.extraExporters.cadvisor.enabled}: adds the cAdvisor exporter and its scrape. */
  @Value.Default
  public boolean cadvisorEnabled() {
    return false;
  }

  /** The services the blackbox exporter probes; the chart's four by default. */
  @Value.Default
  public List<BlackboxProbe> blackboxProbes() {
    return BlackboxProbe.chartDefaults();
  }

  /**
   * Chart defect switch. Chart 0.6.2 probes dagger-engine and kubiya-operator with module {@code
   * http}, which its blackbox config never defines, so Alloy cannot run those probes. {@code false}
   * (the default) reproduces the chart; {@code true} probes them with {@code http_2xx} instead
   * (any probe whose module is undefined is given {@code http_2xx}).
   */
  @Value.Default
  public boolean fixUndefinedBlackboxModule() {
    return false;
  }

  /** Where metrics go; the chart's single Azure Managed Prometheus target by default. */
  @Value.Default
  public List<RemoteWriteTarget> remoteWriteTargets() {
    return List.of(AzureManagedPrometheus.chartDefault());
  }

  @Value.Check
  void check() {
    if (namespace().isBlank()) {
      throw new IllegalArgumentException("namespace must not be empty");
    }
    if (releaseName().isBlank()) {
      throw new IllegalArgumentException("releaseName must not be empty");
    }
    if (remoteWriteTargets().isEmpty()) {
      throw new IllegalArgumentException("remoteWriteTargets: at least one target is needed");
    }
    Set<String> labels = new HashSet<>();
    for (RemoteWriteTarget t : remoteWriteTargets()) {
      if (!labels.add(t.label())) {
        throw new IllegalArgumentException(
            "remoteWriteTargets: label \"" + t.label() + "\" is used twice");
      }
    }
  }
}
