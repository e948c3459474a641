package ai.kubiya.runner.telemetry.alloy.component;

import ai.kubiya.runner.telemetry.alloy.syntax.Block;
import ai.kubiya.runner.telemetry.alloy.syntax.Expr;
import java.util.Arrays;
import java.util.List;

/**
 * One relabeling rule: a {@code rule} block of {@code discovery.relabel} and {@code
 * prometheus.relabel}, or a {@code write_relabel_config} block of a remote-write endpoint.
 */
public final class RelabelRule {
  private final Block block;

  private RelabelRule(Block block) {
    this.block = block;
  }

  /** This rule with comment lines printed before it. */
  public RelabelRule withComments(String... lines) {
    return new RelabelRule(block.withComments(lines));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RelabelRule other && other.block.equals(block);
  }

  @Override
  public int hashCode() {
    return block.hashCode();
  }

  /** A builder of a rule; attributes print in the order they are set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The rule as a block named {@code blockName} ({@code rule} or {@code write_relabel_config}). */
  public Block toBlock(String blockName) {
    Block.Builder copy = Block.builder(blockName).statements(block.body());
    if (!block.leadingComments().isEmpty()) {
      copy.comment(block.leadingComments().toArray(new String[0]));
    }
    return copy.build();
  }

  /** Builds {@link RelabelRule}. */
  public static final class Builder extends BlockBuilder<Builder> {
    private Builder() {
      super("rule", null);
    }

    /** {@code source_labels}. */
    public Builder sourceLabels(String... labels) {
      return strings("source_labels", Arrays.asList(labels));
    }

    /** {@code source_labels}. */
    public Builder sourceLabels(List<String> labels) {
      return strings("source_labels", labels);
    }

    /** {@code separator}. */
    public Builder separator(String separator) {
      return string("separator", separator);
    }

    /** {@code regex}. */
    public Builder regex(String regex) {
      return string("regex", regex);
    }

    /** {@code modulus}. */
    public Builder modulus(long modulus) {
      return attribute("modulus", Expr.number(modulus));
    }

    /** {@code target_label}. */
    public Builder targetLabel(String label) {
      return string("target_label", label);
    }

    /** {@code replacement}. */
    public Builder replacement(String replacement) {
      return string("replacement", replacement);
    }

    /** {@code action}. */
    public Builder action(RelabelAction action) {
      return string("action", action.value());
    }

    /** The rule. */
    public RelabelRule build() {
      return new RelabelRule(buildBlock());
    }
  }
}
