package ai.kubiya.runner.model.validation;

import java.util.Objects;

/**
 * One validation finding: a severity, the dotted path of the value it is about (for example {@code
 * agentManager.replicas}) and a message. Messages never contain secret values.
 */
public final class Finding {
  private final Severity severity;
  private final String path;
  private final String message;

  private Finding(Severity severity, String path, String message) {
    this.severity = Objects.requireNonNull(severity, "severity");
    this.path = Objects.requireNonNull(path, "path");
    this.message = Objects.requireNonNull(message, "message");
  }

  /** An error about the value at {@code path}. */
  public static Finding error(String path, String message) {
    return new Finding(Severity.ERROR, path, message);
  }

  /** A warning about the value at {@code path}. */
  public static Finding warning(String path, String message) {
    return new Finding(Severity.WARNING, path, message);
  }

  /** A finding of the given severity. */
  public static Finding of(Severity severity, String path, String message) {
    return new Finding(severity, path, message);
  }

  /** Whether the finding is an error or a warning. */
  public Severity severity() {
    return severity;
  }

  /** The values path the finding is about, for example {@code agentManager.replicas}. */
  public String path() {
    return path;
  }

  /** What is wrong, in one line. */
  public String message() {
    return message;
  }

  /** This finding with another severity (strict mode turns warnings into errors). */
  public Finding withSeverity(Severity other) {
    return other == severity ? this : new Finding(other, path, message);
  }

  /** {@code SEVERITY path: message}, the form the CLI prints. */
  @Override
  public String toString() {
    return severity + " " + path + ": " + message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Finding
        && ((Finding) o).severity == severity
        && ((Finding) o).path.equals(path)
        && ((Finding) o).message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(severity, path, message);
  }
}
