package ai.kubiya.runner.deployer;

/**
 * The health grade of a component, with the thresholds of the chart README's health dashboards (per
 * 5 minute span): pods ready 100% Healthy, 90-99% Warning, 70-89% Degraded, below 70% Down; pod
 * restarts 0-1 Healthy, up to 2 Warning, up to 4 Degraded, more Down.
 */
public enum HealthGrade {
  /** Green. */
  HEALTHY,
  /** Yellow. */
  WARNING,
  /** Orange. */
  DEGRADED,
  /** Red. */
  DOWN;

  /** The grade of a ready percentage (0-100). */
  public static HealthGrade ofReadyPercent(double percent) {
    if (percent >= 100.0) {
      return HEALTHY;
    }
    if (percent >= 90.0) {
      return WARNING;
    }
    if (percent >= 70.0) {
      return DEGRADED;
    }
    return DOWN;
  }

  /** The grade of a restart count per pod over the window. */
  public static HealthGrade ofRestarts(double restartsPerPod) {
    if (restartsPerPod <= 1.0) {
      return HEALTHY;
    }
    if (restartsPerPod <= 2.0) {
      return WARNING;
    }
    if (restartsPerPod <= 4.0) {
      return DEGRADED;
    }
    return DOWN;
  }

  /** The worse of two grades. */
  public HealthGrade worst(HealthGrade other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
