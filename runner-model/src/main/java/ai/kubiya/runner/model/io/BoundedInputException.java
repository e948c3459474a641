package ai.kubiya.runner.model.io;

/**
 * Input that cannot be read within its limit: missing, unreadable, too large, not UTF-8. The
 * message is one line, {@code <source>: <reason>}; it never contains the input.
 */
public final class BoundedInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;

  /** An error reading {@code source}. */
  public BoundedInputException(String source, String reason) {
    super(source + ": " + reason, null, false, false);
    this.source = source;
  }

  /** The file name or stream name the error is about. */
  public String source() {
    return source;
  }
}
