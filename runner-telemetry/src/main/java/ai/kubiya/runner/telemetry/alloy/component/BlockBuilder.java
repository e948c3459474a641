package ai.kubiya.runner.telemetry.alloy.component;

import ai.kubiya.runner.telemetry.alloy.syntax.Block;
import ai.kubiya.runner.telemetry.alloy.syntax.Expr;
import ai.kubiya.runner.telemetry.alloy.syntax.Stmt;
import java.util.List;
import java.util.Map;

/**
 * Base of the typed builders: appends attributes and nested blocks in the order of the calls, so
 * the printed configuration follows the code.
 *
 * @param <B> the concrete builder type
 */
public abstract class BlockBuilder<B extends BlockBuilder<B>> {
  final Block.Builder block;

  BlockBuilder(String dottedName, String label) {
    this.block = Block.builder(dottedName);
    if (label != null) {
      block.label(Labels.requireValid(label));
    }
  }

  @SuppressWarnings("unchecked")
  final B self() {
    return (B) this;
  }

  /** Comment lines printed before the block. */
  public B comment(String... lines) {
    block.comment(lines);
    return self();
  }

  /** Escape hatch: appends any attribute the typed methods do not cover. */
  public B attribute(String name, Expr value) {
    block.attribute(name, value);
    return self();
  }

  /** Escape hatch: appends any statement (a nested block) the typed methods do not cover. */
  public B statement(Stmt statement) {
    block.statement(statement);
    return self();
  }

  B string(String name, String value) {
    return attribute(name, Expr.string(value));
  }

  B strings(String name, List<String> values) {
    return attribute(name, Expr.strings(values));
  }

  B bool(String name, boolean value) {
    return attribute(name, Expr.bool(value));
  }

  B duration(String name, String value) {
    return attribute(name, Expr.string(Durations.requireValid(name, value)));
  }

  B object(String name, Map<String, ? extends Expr> fields) {
    return attribute(name, Expr.object(fields));
  }

  Block buildBlock() {
    return block.build();
  }
}
