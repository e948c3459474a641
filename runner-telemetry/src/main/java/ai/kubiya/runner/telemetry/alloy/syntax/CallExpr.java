package ai.kubiya.runner.telemetry.alloy.syntax;

import java.util.List;
import java.util.Objects;

/** {@code function(arg, ...)}, for example {@code sys.env("X")}. */
public record CallExpr(Expr function, List<Expr> args, Pos lparen, Pos rparen) implements Expr {
  public CallExpr {
    Objects.requireNonNull(function, "function");
    args = List.copyOf(args);
    Objects.requireNonNull(lparen, "lparen");
    Objects.requireNonNull(rparen, "rparen");
  }

  @Override
  public Pos start() {
    return function.start();
  }

  @Override
  public Pos end() {
    return rparen;
  }
}
