package ai.kubiya.runner.telemetry.alloy;

import ai.kubiya.runner.model.AlloyValues;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.ScrapeIntervalsValues;
import ai.kubiya.runner.telemetry.alloy.component.Durations;
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
  /** A builder; {@code namespace}, {@code release} and {@code organization} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The settings of a runner config: what chart 0.6.2 renders into {@code
   * kubiya-runner-alloy-config} for it (its namespace, release, organization, {@code
   * alloy.scrapeIntervals}, {@code alloy.livedebugging.enabled} and {@code
   * alloy.extraExporters.cadvisor.enabled}). Change them with {@code builder().from(..)}.
   *
   * <pre>{@code
   * String configAlloy = RunnerPipeline.render(RunnerPipelineSettings.of(config));
   * }</pre>
   */
  public static RunnerPipelineSettings of(RunnerConfig config) {
    AlloyValues alloy = config.values().alloy();
    return builder()
        .namespace(config.namespace())
        .release(config.release())
        .organization(config.values().organization())
        .scrapeIntervals(alloy.scrapeIntervals())
        .liveDebugging(alloy.livedebugging().enabled())
        .cadvisorEnabled(alloy.extraExporters().cadvisor().enabled())
        .build();
  }

  /** Builds {@link RunnerPipelineSettings}; {@code from(..)} copies an instance. */
  public static class Builder extends ImmutableRunnerPipelineSettings.Builder {
    /**
     * Sets the release.
     *
     * @deprecated use {@code release(..)}
     */
    @Deprecated(forRemoval = true)
    public final Builder releaseName(String release) {
      release(release);
      return this;
    }
  }

  /**
   * The release namespace: discovery namespace, probe addresses and the {@code namespace} label.
   */
  public abstract String namespace();

  /** The Helm release name: the {@code runner} label of every metric. */
  public abstract String release();

  /**
   * The release name.
   *
   * @deprecated use {@link #release()}
   */
  @Deprecated(forRemoval = true)
  public final String releaseName() {
    return release();
  }

  /** {@code organization}: the {@code organization} and {@code instance} labels. */
  public abstract String organization();

  /**
   * {@code alloy.scrapeIntervals}: the model's values, one interval per scrape job, each empty one
   * falling back to {@code default} (the chart's {@code x | default .default}); the chart's
   * defaults (every job {@code 60s}) when not set. Each must be a duration ({@code 60s}, {@code
   * 1m30s}).
   */
  @Value.Default
  public ScrapeIntervalsValues scrapeIntervals() {
    return CHART_INTERVALS;
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
    return CHART_PROBES;
  }

  /**
   * Chart defect switch. Chart 0.6.2 probes dagger-engine and kubiya-operator with module {@code
   * http}, which its blackbox config never defines, so Alloy cannot run those probes. {@code false}
   * (the default) reproduces the chart; {@code true} probes them with {@code http_2xx} instead (any
   * probe whose module is undefined is given {@code http_2xx}).
   */
  @Value.Default
  public boolean fixUndefinedBlackboxModule() {
    return false;
  }

  /** Where metrics go; the chart's single Azure Managed Prometheus target by default. */
  @Value.Default
  public List<RemoteWriteTarget> remoteWriteTargets() {
    return CHART_TARGETS;
  }

  /** The chart's scrape intervals: the model's defaults. */
  private static final ScrapeIntervalsValues CHART_INTERVALS =
      ScrapeIntervalsValues.builder().build();

  /** The chart's four probes. */
  static final List<BlackboxProbe> CHART_PROBES = BlackboxProbe.chartDefaults();

  /** The chart's remote-write targets: its Azure Managed Prometheus target. */
  static final List<RemoteWriteTarget> CHART_TARGETS =
      List.of(AzureManagedPrometheus.chartDefault());

  @Value.Check
  void check() {
    if (namespace().isBlank()) {
      throw new IllegalArgumentException("namespace must not be empty");
    }
    if (release().isBlank()) {
      throw new IllegalArgumentException("release must not be empty");
    }
    ScrapeIntervalsValues s = scrapeIntervals();
    requireInterval("default", s.defaultInterval(), false);
    requireInterval("runnerExporters", s.runnerExporters(), true);
    requireInterval("alloyExporter", s.alloyExporter(), true);
    requireInterval("blackboxExporter", s.blackboxExporter(), true);
    requireInterval("kubeStateMetrics", s.kubeStateMetrics(), true);
    requireInterval("cadvisor", s.cadvisor(), true);
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

  private static void requireInterval(String key, String value, boolean mayBeEmpty) {
    if (!(mayBeEmpty && value.isEmpty())) {
      Durations.requireValid("alloy.scrapeIntervals." + key, value);
    }
  }
}
