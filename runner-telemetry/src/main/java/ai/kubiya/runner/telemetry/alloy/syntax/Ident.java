package ai.kubiya.runner.telemetry.alloy.syntax;

import java.util.Objects;

/** An identifier with the position of its first character. */
public record Ident(String name, Pos pos) {
  public Ident {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pos, "pos");
  }

  /** An identifier built in code. */
  public static Ident of(String name) {
    return new Ident(name, Pos.NONE);
  }

  /** Position of the identifier's last character. */
  public Pos end() {
    return pos.add(AlloyStrings.utf8Length(name) - 1);
  }
}
