package ai.kubiya.runner.deployer.helm;

import java.util.Locale;
import java.util.Optional;

/** The status of a Helm release revision, as Helm names it. */
public enum HelmStatus {
  /** Helm's zero value. */
  UNKNOWN,
  /** The revision runs now. */
  DEPLOYED,
  /** The release was uninstalled with its history kept. */
  UNINSTALLED,
  /** A later revision replaced this one. */
  SUPERSEDED,
  /** Installing or upgrading to this revision failed. */
  FAILED,
  /** An uninstall is under way (or was interrupted). */
  UNINSTALLING,
  /** An install is under way (or was interrupted). */
  PENDING_INSTALL,
  /** An upgrade is under way (or was interrupted). */
  PENDING_UPGRADE,
  /** A rollback is under way (or was interrupted). */
  PENDING_ROLLBACK;

  /** Helm's spelling, such as {@code pending-upgrade}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The status Helm spells {@code label}, if it is one. */
  public static Optional<HelmStatus> ofLabel(String label) {
    for (HelmStatus status : values()) {
      if (status.label().equals(label)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
