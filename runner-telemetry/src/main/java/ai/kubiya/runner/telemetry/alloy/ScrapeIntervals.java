package ai.kubiya.runner.telemetry.alloy;

import ai.kubiya.runner.telemetry.alloy.component.Durations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The chart's {@code alloy.scrapeIntervals}: one interval per scrape job, each falling back to
 * {@link #defaultInterval()} when absent or empty (the chart's {@code x | default .default}).
 */
@Value.Immutable
public abstract class ScrapeIntervals {
  /** The chart's default for every interval. */
  public static final String CHART_DEFAULT = "60s";

  /** A builder; unset intervals fall back to {@link #defaultInterval()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ScrapeIntervals}; {@code from(..)} copies an instance. */
  public static class Builder extends ImmutableScrapeIntervals.Builder {}

  /** The chart's values: every interval {@value #CHART_DEFAULT}. */
  public static ScrapeIntervals chartDefaults() {
    return builder()
        .defaultInterval(CHART_DEFAULT)
        .runnerExporters(CHART_DEFAULT)
        .alloyExporter(CHART_DEFAULT)
        .blackboxExporter(CHART_DEFAULT)
        .kubeStateMetrics(CHART_DEFAULT)
        .cadvisor(CHART_DEFAULT)
        .build();
  }

  /** {@code scrapeIntervals.default}. */
  @Value.Default
  public String defaultInterval() {
    return CHART_DEFAULT;
  }

  /** {@code scrapeIntervals.runnerExporters}: the runner components' own metrics. */
  public abstract Optional<String> runnerExporters();

  /** {@code scrapeIntervals.alloyExporter}: Alloy's self-monitoring. */
  public abstract Optional<String> alloyExporter();

  /** {@code scrapeIntervals.blackboxExporter}: the blackbox probes. */
  public abstract Optional<String> blackboxExporter();

  /** {@code scrapeIntervals.kubeStateMetrics}: kube-state-metrics. */
  public abstract Optional<String> kubeStateMetrics();

  /** {@code scrapeIntervals.cadvisor}: cAdvisor (only scraped when enabled). */
  public abstract Optional<String> cadvisor();

  /** The runner components' interval, after the fallback. */
  public String effectiveRunnerExporters() {
    return orDefault(runnerExporters());
  }

  /** Alloy's self-monitoring interval, after the fallback. */
  public String effectiveAlloyExporter() {
    return orDefault(alloyExporter());
  }

  /** The blackbox probes' interval, after the fallback. */
  public String effectiveBlackboxExporter() {
    return orDefault(blackboxExporter());
  }

  /** kube-state-metrics' interval, after the fallback. */
  public String effectiveKubeStateMetrics() {
    return orDefault(kubeStateMetrics());
  }

  /** cAdvisor's interval, after the fallback. */
  public String effectiveCadvisor() {
    return orDefault(cadvisor());
  }

  private String orDefault(Optional<String> value) {
    return value.filter(v -> !v.isEmpty()).orElse(defaultInterval());
  }

  @Value.Check
  void check() {
    Durations.requireValid("alloy.scrapeIntervals.default", defaultInterval());
    runnerExporters()
        .filter(v -> !v.isEmpty())
        .ifPresent(v -> Durations.requireValid("alloy.scrapeIntervals.runnerExporters", v));
    alloyExporter()
        .filter(v -> !v.isEmpty())
        .ifPresent(v -> Durations.requireValid("alloy.scrapeIntervals.alloyExporter", v));
    blackboxExporter()
        .filter(v -> !v.isEmpty())
        .ifPresent(v -> Durations.requireValid("alloy.scrapeIntervals.blackboxExporter", v));
    kubeStateMetrics()
        .filter(v -> !v.isEmpty())
        .ifPresent(v -> Durations.requireValid("alloy.scrapeIntervals.kubeStateMetrics", v));
    cadvisor()
        .filter(v -> !v.isEmpty())
        .ifPresent(v -> Durations.requireValid("alloy.scrapeIntervals.cadvisor", v));
  }
}
