package ai.kubiya.runner.deployer;

import java.util.Locale;

/** The state of one revision in a release's history, named like Helm's. */
public enum RevisionStatus {
  /** An install was started; if it stays so, the install was interrupted. */
  PENDING_INSTALL,
  /** An upgrade was started; if it stays so, the upgrade was interrupted. */
  PENDING_UPGRADE,
  /** A rollback was started; if it stays so, the rollback was interrupted. */
  PENDING_ROLLBACK,
  /** The revision is what runs now. */
  DEPLOYED,
  /** The revision ran before a later one replaced it. */
  SUPERSEDED,
  /** Applying or waiting for the revision failed. */
  FAILED,
  /** The release was uninstalled and its history kept. */
  UNINSTALLED;

  /** True for the pending states. */
  public boolean isPending() {
    return this == PENDING_INSTALL || this == PENDING_UPGRADE || this == PENDING_ROLLBACK;
  }

  /** The label value: lower case with dashes, like {@code pending-install}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The status of a label value. */
  public static RevisionStatus ofLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
