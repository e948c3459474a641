package ai.kubiya.runner.telemetry.alloy.syntax;

import java.util.Objects;

/** {@code !value} or {@code -value}. */
public record UnaryExpr(Operator operator, Pos pos, Expr value) implements Expr {
  public UnaryExpr {
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(value, "value");
  }

  @Override
  public Pos start() {
    return pos;
  }

  @Override
  public Pos end() {
    return value.end();
  }
}
