package ai.kubiya.runner.telemetry.alloy.syntax;

/** A byte offset with its line and column; the printer's notion of where it is. */
record Loc(int offset, int line, int column) {
  static final Loc ZERO = new Loc(0, 0, 0);
  static final Loc END = new Loc(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);

  boolean valid() {
    return line > 0;
  }
}
