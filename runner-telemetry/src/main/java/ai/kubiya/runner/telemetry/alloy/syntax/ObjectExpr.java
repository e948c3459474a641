package ai.kubiya.runner.telemetry.alloy.syntax;

import java.util.List;
import java.util.Objects;

/** {@code { key = value, "quoted key" = value }}. */
public record ObjectExpr(List<ObjectField> fields, Pos lcurly, Pos rcurly) implements Expr {
  public ObjectExpr {
    fields = List.copyOf(fields);
    Objects.requireNonNull(lcurly, "lcurly");
    Objects.requireNonNull(rcurly, "rcurly");
  }

  @Override
  public Pos start() {
    return lcurly;
  }

  @Override
  public Pos end() {
    return rcurly;
  }
}
