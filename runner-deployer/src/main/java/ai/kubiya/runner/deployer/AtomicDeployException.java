package ai.kubiya.runner.deployer;

import java.util.OptionalInt;

/**
 * An atomic install or upgrade failed and was undone (or could not be). The message states both
 * outcomes in one line: what failed, and whether the release was rolled back, uninstalled, left as
 * it was because nothing had been written, or could not be restored.
 */
public final class AtomicDeployException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What was done about the failure. */
  public enum Recovery {
    /** Nothing had been written (refused before the first write): nothing to undo. */
    NOTHING_WRITTEN,
    /** The previous deployed revision was re-applied as a new revision. */
    ROLLED_BACK,
    /** A failed first install was uninstalled; its history is kept and records the failure. */
    UNINSTALLED,
    /** Undoing failed too; the release is left with the failed revision's objects. */
    RECOVERY_FAILED
  }

  private final int failedRevision;
  private final Recovery recovery;
  private final int recoveryRevision;

  AtomicDeployException(
      String message,
      int failedRevision,
      Recovery recovery,
      int recoveryRevision,
      Throwable cause) {
    super(message, cause);
    this.failedRevision = failedRevision;
    this.recovery = recovery;
    this.recoveryRevision = recoveryRevision;
  }

  /** The revision that failed, if one was recorded. */
  public OptionalInt failedRevision() {
    return failedRevision > 0 ? OptionalInt.of(failedRevision) : OptionalInt.empty();
  }

  /** What was done about the failure. */
  public Recovery recovery() {
    return recovery;
  }

  /** For {@link Recovery#ROLLED_BACK}: the new revision the rollback recorded. */
  public OptionalInt rollbackRevision() {
    return recoveryRevision > 0 ? OptionalInt.of(recoveryRevision) : OptionalInt.empty();
  }
}
