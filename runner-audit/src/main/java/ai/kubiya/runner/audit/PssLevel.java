package ai.kubiya.runner.audit;

import java.util.Locale;

/**
 * The Kubernetes Pod Security Standards levels, least restrictive first. A workload "meets" a level
 * when its pod template breaks none of that level's controls.
 */
public enum PssLevel {
  /** Unrestricted: the pod breaks at least one Baseline control. */
  PRIVILEGED,
  /** Prevents known privilege escalations; the pod breaks at least one Restricted control. */
  BASELINE,
  /** Current pod hardening best practice: the pod breaks no control. */
  RESTRICTED;

  /** The lower-case name used in reports ({@code baseline}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
