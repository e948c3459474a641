package ai.kubiya.runner.telemetry.alloy.component;

import ai.kubiya.runner.telemetry.alloy.syntax.Block;
import ai.kubiya.runner.telemetry.alloy.syntax.Expr;

/**
 * {@code discovery.relabel}: rewrites and filters targets with {@code rule}s; exports {@code
 * output} and {@code rules}.
 */
public final class DiscoveryRelabel extends BuiltComponent {
  /** The component kind. */
  public static final String KIND = "discovery.relabel";

  private DiscoveryRelabel(String label, Block block) {
    super(KIND, label, block);
  }

  /** A builder of the component labeled {@code label}. */
  public static Builder builder(String label) {
    return new Builder(label);
  }

  /** The relabeled targets. */
  public Expr output() {
    return export("output");
  }

  /** Builds {@link DiscoveryRelabel}. */
  public static final class Builder extends BlockBuilder<Builder> {
    private final String label;

    private Builder(String label) {
      super(KIND, label);
      this.label = label;
    }

    /** {@code targets}: the targets to relabel. */
    public Builder targets(Expr targets) {
      return attribute("targets", targets);
    }

    /** Appends a {@code rule} block. */
    public Builder rule(RelabelRule rule) {
      return statement(rule.toBlock("rule"));
    }

    /** The component. */
    public DiscoveryRelabel build() {
      return new DiscoveryRelabel(label, buildBlock());
    }
  }
}
