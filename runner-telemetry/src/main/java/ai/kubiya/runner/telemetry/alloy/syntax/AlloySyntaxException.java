package ai.kubiya.runner.telemetry.alloy.syntax;

import java.util.List;

/**
 * Alloy source that does not parse. The message is the first error as {@code file:line:col:
 * message}, followed by {@code (and N more diagnostics)} when there are more, as Alloy prints it.
 */
public final class AlloySyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  AlloySyntaxException(List<Diagnostic> diagnostics) {
    super(message(diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  private static String message(List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      return "no errors";
    }
    String first = diagnostics.get(0).toString();
    return diagnostics.size() == 1
        ? first
        : first + " (and " + (diagnostics.size() - 1) + " more diagnostics)";
  }

  /** Every error found, in source order of discovery. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
