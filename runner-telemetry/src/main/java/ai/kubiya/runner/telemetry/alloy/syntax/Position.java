package ai.kubiya.runner.telemetry.alloy.syntax;

/**
 * A human-readable source position: file name, 1-based line and 1-based column (in characters).
 * {@link #toString()} gives {@code file:line:col}, the form every syntax error and finding uses.
 */
public record Position(String file, int line, int column) {
  /** A position that is not known. */
  public static final Position UNKNOWN = new Position("", 0, 0);

  /** True when the line is known. */
  public boolean isValid() {
    return line > 0;
  }

  @Override
  public String toString() {
    String s = file;
    if (isValid()) {
      s = (s.isEmpty() ? "" : s + ":") + line + ":" + column;
    }
    return s.isEmpty() ? "-" : s;
  }
}
