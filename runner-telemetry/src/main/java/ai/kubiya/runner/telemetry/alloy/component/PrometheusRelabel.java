package ai.kubiya.runner.telemetry.alloy.component;

import ai.kubiya.runner.telemetry.alloy.syntax.Block;
import ai.kubiya.runner.telemetry.alloy.syntax.Expr;
import java.util.Arrays;
import java.util.List;

/**
 * {@code prometheus.relabel}: rewrites and filters metrics with {@code rule}s, then forwards them;
 * exports {@code receiver} and {@code rules}.
 */
public final class PrometheusRelabel extends BuiltComponent {
  /** The component kind. */
  public static final String KIND = "prometheus.relabel";

  private PrometheusRelabel(String label, Block block) {
    super(KIND, label, block);
  }

  /** A builder of the component labeled {@code label}. */
  public static Builder builder(String label) {
    return new Builder(label);
  }

  /** The receiver metrics are sent to. */
  public Expr receiver() {
    return export("receiver");
  }

  /** Builds {@link PrometheusRelabel}. */
  public static final class Builder extends BlockBuilder<Builder> {
    private final String label;

    private Builder(String label) {
      super(KIND, label);
      this.label = label;
    }

    /** {@code forward_to}: the receivers that get the relabeled metrics. */
    public Builder forwardTo(Expr... receivers) {
      return forwardTo(Arrays.asList(receivers));
    }

    /** {@code forward_to}: the receivers that get the relabeled metrics. */
    public Builder forwardTo(List<? extends Expr> receivers) {
      return attribute("forward_to", Expr.array(receivers));
    }

    /** Appends a {@code rule} block. */
    public Builder rule(RelabelRule rule) {
      return statement(rule.toBlock("rule"));
    }

    /** The component. */
    public PrometheusRelabel build() {
      return new PrometheusRelabel(label, buildBlock());
    }
  }
}
