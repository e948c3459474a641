package ai.kubiya.runner.deployer.helm;

/**
 * A Helm release could not be read or taken over. The message is one line naming the record or
 * object and the reason; it never holds secret values.
 */
public final class HelmException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A refusal or failure. */
  public HelmException(String message) {
    super(message);
  }

  /** A failure with its cause (kept for debugging; its message is not repeated). */
  public HelmException(String message, Throwable cause) {
    super(message, cause);
  }
}
