package ai.kubiya.runner.model.values;

/**
 * Values that cannot be read or bound: a missing or malformed file, a document that is not a map, a
 * value of the wrong type. The message is one line naming the file and line, or the value's path;
 * it never contains a secret value.
 */
public final class ValuesException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;

  /** An error about the value at {@code path} (a dotted values path or {@code file:line}). */
  public ValuesException(String path, String message) {
    super(path + ": " + message, null, false, false);
    this.path = path;
  }

  /** Where the problem is: a dotted values path, or {@code file:line}. */
  public String path() {
    return path;
  }

  /** The message without the path. */
  public String detail() {
    return getMessage().substring(path.length() + 2);
  }
}
