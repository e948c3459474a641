package ai.kubiya.runner.telemetry.alloy.component;

import ai.kubiya.runner.telemetry.alloy.syntax.Block;
import ai.kubiya.runner.telemetry.alloy.syntax.Expr;

/** {@code prometheus.exporter.self}: Alloy's own metrics; exports {@code targets}. */
public final class PrometheusExporterSelf extends BuiltComponent {
  /** The component kind. */
  public static final String KIND = "prometheus.exporter.self";

  private PrometheusExporterSelf(String label, Block block) {
    super(KIND, label, block);
  }

  /** The component labeled {@code label} (it has no arguments). */
  public static PrometheusExporterSelf of(String label, String... comment) {
    return new PrometheusExporterSelf(
        label, Block.builder(KIND).label(Labels.requireValid(label)).comment(comment).build());
  }

  /** The targets to scrape Alloy's metrics from. */
  public Expr targets() {
    return export("targets");
  }
}
