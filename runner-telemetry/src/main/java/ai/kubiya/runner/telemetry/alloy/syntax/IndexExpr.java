package ai.kubiya.runner.telemetry.alloy.syntax;

import java.util.Objects;

/** {@code value[index]}. */
public record IndexExpr(Expr value, Pos lbrack, Expr index, Pos rbrack) implements Expr {
  public IndexExpr {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(lbrack, "lbrack");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(rbrack, "rbrack");
  }

  @Override
  public Pos start() {
    return value.start();
  }

  @Override
  public Pos end() {
    return rbrack;
  }
}
