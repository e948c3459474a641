package ai.kubiya.runner.telemetry.alloy.component;

import ai.kubiya.runner.telemetry.alloy.syntax.Block;
import ai.kubiya.runner.telemetry.alloy.syntax.Expr;

/** {@code prometheus.exporter.cadvisor}: container metrics; exports {@code targets}. */
public final class PrometheusExporterCadvisor extends BuiltComponent {
  /** The component kind. */
  public static final String KIND = "prometheus.exporter.cadvisor";

  private PrometheusExporterCadvisor(String label, Block block) {
    super(KIND, label, block);
  }

  /** A builder of the component labeled {@code label}. */
  public static Builder builder(String label) {
    return new Builder(label);
  }

  /** The targets to scrape container metrics from. */
  public Expr targets() {
    return export("targets");
  }

  /** Builds {@link PrometheusExporterCadvisor}. */
  public static final class Builder extends BlockBuilder<Builder> {
    private final String label;

    private Builder(String label) {
      super(KIND, label);
      this.label = label;
    }

    /** {@code docker_host}: the Docker endpoint, such as {@code unix:///var/run/docker.sock}. */
    public Builder dockerHost(String host) {
      return string("docker_host", host);
    }

    /** {@code storage_duration}: how long cAdvisor keeps data, a duration. */
    public Builder storageDuration(String duration) {
      return duration("storage_duration", duration);
    }

    /** The component. */
    public PrometheusExporterCadvisor build() {
      return new PrometheusExporterCadvisor(label, buildBlock());
    }
  }
}
