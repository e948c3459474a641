package ai.kubiya.runner.telemetry.alloy.syntax;

import java.util.Objects;

/** {@code value.name}. */
public record AccessExpr(Expr value, Ident name) implements Expr {
  public AccessExpr {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public Pos start() {
    return value.start();
  }

  @Override
  public Pos end() {
    return name.end();
  }
}
