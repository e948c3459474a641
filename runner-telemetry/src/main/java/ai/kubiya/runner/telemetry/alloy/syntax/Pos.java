package ai.kubiya.runner.telemetry.alloy.syntax;

/**
 * A byte offset into the source an AST node was parsed from. Nodes built in code carry {@link
 * #NONE}; {@link AlloyFile#position(Pos)} turns a valid offset into a line and column.
 */
public record Pos(int offset) {
  /** The position of nodes that were not parsed from source. */
  public static final Pos NONE = new Pos(-1);

  /** True when this position points into a source. */
  public boolean isValid() {
    return offset >= 0;
  }

  /** This position moved by {@code n} bytes (invalid positions stay invalid). */
  public Pos add(int n) {
    return isValid() ? new Pos(offset + n) : this;
  }
}
