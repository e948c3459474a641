package ai.kubiya.runner.deployer;

import java.util.OptionalInt;

/**
 * A deployer operation was refused or failed. The message is one line a person can act on; it never
 * holds secret data. When the failure happened after a revision was recorded, {@link #revision()}
 * says which one was marked failed.
 */
public final class DeployException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int revision;

  /** A refusal or failure before any revision was recorded. */
  public DeployException(String message) {
    this(message, 0, null);
  }

  /** A failure, with its cause (kept for debugging; its message is not repeated). */
  public DeployException(String message, Throwable cause) {
    this(message, 0, cause);
  }

  /** A failure of the given revision (0 for none). */
  public DeployException(String message, int revision, Throwable cause) {
    super(message, cause);
    this.revision = revision;
  }

  /** The revision marked failed, if any. */
  public OptionalInt revision() {
    return revision > 0 ? OptionalInt.of(revision) : OptionalInt.empty();
  }
}
