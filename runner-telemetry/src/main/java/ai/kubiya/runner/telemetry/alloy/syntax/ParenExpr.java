package ai.kubiya.runner.telemetry.alloy.syntax;

import java.util.Objects;

/** {@code (inner)}. */
public record ParenExpr(Expr inner, Pos lparen, Pos rparen) implements Expr {
  public ParenExpr {
    Objects.requireNonNull(inner, "inner");
    Objects.requireNonNull(lparen, "lparen");
    Objects.requireNonNull(rparen, "rparen");
  }

  @Override
  public Pos start() {
    return lparen;
  }

  @Override
  public Pos end() {
    return rparen;
  }
}
