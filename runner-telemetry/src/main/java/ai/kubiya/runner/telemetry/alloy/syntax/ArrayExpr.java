package ai.kubiya.runner.telemetry.alloy.syntax;

import java.util.List;
import java.util.Objects;

/** {@code [a, b, c]}. */
public record ArrayExpr(List<Expr> elements, Pos lbrack, Pos rbrack) implements Expr {
  public ArrayExpr {
    elements = List.copyOf(elements);
    Objects.requireNonNull(lbrack, "lbrack");
    Objects.requireNonNull(rbrack, "rbrack");
  }

  @Override
  public Pos start() {
    return lbrack;
  }

  @Override
  public Pos end() {
    return rbrack;
  }
}
