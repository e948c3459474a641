package ai.kubiya.runner.telemetry.alloy.component;

import ai.kubiya.runner.telemetry.alloy.syntax.Block;
import ai.kubiya.runner.telemetry.alloy.syntax.Expr;
import java.util.Map;

/** {@code prometheus.remote_write}: sends samples to endpoints; exports {@code receiver}. */
public final class PrometheusRemoteWrite extends BuiltComponent {
  /** The component kind. */
  public static final String KIND = "prometheus.remote_write";

  private PrometheusRemoteWrite(String label, Block block) {
    super(KIND, label, block);
  }

  /** A builder of the component labeled {@code label}. */
  public static Builder builder(String label) {
    return new Builder(label);
  }

  /** The receiver samples are sent to. */
  public Expr receiver() {
    return export("receiver");
  }

  /** Builds {@link PrometheusRemoteWrite}. */
  public static final class Builder extends BlockBuilder<Builder> {
    private final String label;

    private Builder(String label) {
      super(KIND, label);
      this.label = label;
    }

    /** {@code external_labels}: labels added to every sample sent. */
    public Builder externalLabels(Map<String, ? extends Expr> labels) {
      return object("external_labels", labels);
    }

    /** Appends an {@code endpoint} block. */
    public Builder endpoint(RemoteWriteEndpoint endpoint) {
      return statement(endpoint.toBlock());
    }

    /** The component. */
    public PrometheusRemoteWrite build() {
      return new PrometheusRemoteWrite(label, buildBlock());
    }
  }
}
