package ai.kubiya.runner.audit;

import java.util.Locale;
import java.util.Optional;

/** How bad a finding is, from {@link #CRITICAL} down to {@link #INFO}. */
public enum Severity {
  /** Cluster takeover or node root: cluster-admin equivalents, privileged containers. */
  CRITICAL,
  /**
   * A direct path to data or privilege beyond the runner's own: cluster-wide Secrets, host paths.
   */
  HIGH,
  /** Risk within the runner's namespace, or a missing hardening that widens an attack. */
  MEDIUM,
  /** A hardening gap with little reach on its own. */
  LOW,
  /** A fact worth knowing; no risk by itself. */
  INFO;

  /** The lower-case name used in reports and on the command line ({@code critical}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this severity is this bad or worse than {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /** The worse of two severities. */
  public static Severity worst(Severity a, Severity b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }

  /** The severity named {@code id} ({@code critical}, {@code high}, ...), ignoring case. */
  public static Optional<Severity> parse(String id) {
    for (Severity s : values()) {
      if (s.id().equalsIgnoreCase(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
