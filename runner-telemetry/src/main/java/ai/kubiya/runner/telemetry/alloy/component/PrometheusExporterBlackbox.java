package ai.kubiya.runner.telemetry.alloy.component;

import ai.kubiya.runner.telemetry.alloy.syntax.Block;
import ai.kubiya.runner.telemetry.alloy.syntax.Expr;

/**
 * {@code prometheus.exporter.blackbox}: probes targets with the modules of its {@code config};
 * exports {@code targets}.
 */
public final class PrometheusExporterBlackbox extends BuiltComponent {
  /** The component kind. */
  public static final String KIND = "prometheus.exporter.blackbox";

  private PrometheusExporterBlackbox(String label, Block block) {
    super(KIND, label, block);
  }

  /** A builder of the component labeled {@code label}. */
  public static Builder builder(String label) {
    return new Builder(label);
  }

  /** The probe targets to scrape. */
  public Expr targets() {
    return export("targets");
  }

  /** Builds {@link PrometheusExporterBlackbox}. */
  public static final class Builder extends BlockBuilder<Builder> {
    private final String label;

    private Builder(String label) {
      super(KIND, label);
      this.label = label;
    }

    /** {@code config}: the modules, as the one-line string the exporter reads. */
    public Builder config(BlackboxConfig config) {
      return string("config", config.toConfigString());
    }

    /** Appends a {@code target} block. */
    public Builder target(BlackboxTarget target) {
      return statement(target.toBlock());
    }

    /** The component. */
    public PrometheusExporterBlackbox build() {
      return new PrometheusExporterBlackbox(label, buildBlock());
    }
  }
}
