package ai.kubiya.runner.telemetry.alloy.syntax;

import java.util.Objects;

/**
 * A literal: {@code value} is its source text, so a string keeps its quotes ({@code "a\"b"} or a
 * raw {@code `a"b`}).
 */
public record LiteralExpr(Kind kind, String value, Pos pos) implements Expr {
  /** Literal kinds. */
  public enum Kind {
    /** An integer, such as {@code 42}. */
    NUMBER,
    /** A floating-point number, such as {@code 0.5}. */
    FLOAT,
    /** A quoted or raw (backtick) string. */
    STRING,
    /** {@code true} or {@code false}. */
    BOOL,
    /** {@code null}. */
    NULL
  }

  public LiteralExpr {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(pos, "pos");
  }

  /** For a string literal: its value with quotes removed and escapes resolved. */
  public String stringValue() {
    if (kind != Kind.STRING) {
      throw new IllegalStateException("not a string literal: " + value);
    }
    return AlloyStrings.unquote(value);
  }

  /** True for a raw (backtick) string literal. */
  public boolean isRawString() {
    return kind == Kind.STRING && value.startsWith("`");
  }

  @Override
  public Pos start() {
    return pos;
  }

  @Override
  public Pos end() {
    return pos.add(AlloyStrings.utf8Length(value) - 1);
  }
}
