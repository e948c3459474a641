package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** Alloy scrape intervals per target, with a default. */
@Value.Immutable
@JsonSerialize(as = ImmutableScrapeIntervalsValues.class)
@JsonDeserialize(as = ImmutableScrapeIntervalsValues.class)
public abstract class ScrapeIntervalsValues implements WithScrapeIntervalsValues {
  /** The interval for targets that set none. */
  @JsonProperty("default")
  @Value.Default
  public String defaultInterval() {
    return "60s";
  }

  /** Runner components. */
  @Value.Default
  public String runnerExporters() {
    return "";
  }

  /** Alloy itself. */
  @Value.Default
  public String alloyExporter() {
    return "";
  }

  /** Blackbox probes. */
  @Value.Default
  public String blackboxExporter() {
    return "";
  }

  /** kube-state-metrics. */
  @Value.Default
  public String kubeStateMetrics() {
    return "";
  }

  /** cAdvisor (when enabled). */
  @Value.Default
  public String cadvisor() {
    return "";
  }

  /** Keys this SDK does not model, kept in order so nothing a user sets is lost. */
  @JsonAnyGetter
  public abstract Map<String, Object> extras();

  /** A builder of {@code ScrapeIntervalsValues}. */
  public static ImmutableScrapeIntervalsValues.Builder builder() {
    return ImmutableScrapeIntervalsValues.builder();
  }
}
