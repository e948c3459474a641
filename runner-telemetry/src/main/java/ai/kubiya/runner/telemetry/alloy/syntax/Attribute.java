package ai.kubiya.runner.telemetry.alloy.syntax;

import java.util.List;
import java.util.Objects;

/** {@code name = value} in a body. */
public record Attribute(Ident name, Expr value, List<String> leadingComments) implements Stmt {
  public Attribute {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    leadingComments = List.copyOf(leadingComments);
  }

  /** An attribute built in code. */
  public static Attribute of(String name, Expr value) {
    return new Attribute(Ident.of(name), value, List.of());
  }

  /** This attribute with comment lines before it (each line without or with its {@code //}). */
  public Attribute withComments(String... lines) {
    return new Attribute(name, value, Comments.lines(lines));
  }

  @Override
  public Pos start() {
    return name.pos();
  }

  @Override
  public Pos end() {
    return value.end();
  }
}
