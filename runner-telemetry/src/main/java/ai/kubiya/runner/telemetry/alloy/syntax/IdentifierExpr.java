package ai.kubiya.runner.telemetry.alloy.syntax;

import java.util.Objects;

/** A named value: {@code other_ident}. */
public record IdentifierExpr(Ident ident) implements Expr {
  public IdentifierExpr {
    Objects.requireNonNull(ident, "ident");
  }

  @Override
  public Pos start() {
    return ident.pos();
  }

  @Override
  public Pos end() {
    return ident.end();
  }
}
