package ai.kubiya.runner.telemetry.alloy.syntax;

import java.util.Objects;

/** {@code left op right}. */
public record BinaryExpr(Operator operator, Pos pos, Expr left, Expr right) implements Expr {
  public BinaryExpr {
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
  }

  @Override
  public Pos start() {
    return left.start();
  }

  @Override
  public Pos end() {
    return right.end();
  }
}
