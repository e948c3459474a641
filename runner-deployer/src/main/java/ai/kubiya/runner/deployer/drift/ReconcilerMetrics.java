package ai.kubiya.runner.deployer.drift;

import org.immutables.value.Value;

/** Counters since the reconciler started, for a service to export (a snapshot). */
@Value.Immutable
public abstract class ReconcilerMetrics {
  /** Scans (reads of history and live objects). */
  public abstract long scans();

  /** Drifts found (each distinct drift once). */
  public abstract long driftsFound();

  /** Objects healed. */
  public abstract long healed();

  /** Heals refused or failed. */
  public abstract long healFailed();

  /** Fights seen (an object drifting again soon after its heal). */
  public abstract long fights();

  /** Heals put off by the backoff. */
  public abstract long deferred();

  /** Write requests sent to heal. */
  public abstract long writes();

  /** Scans that failed. */
  public abstract long errors();

  /** A builder. */
  public static ImmutableReconcilerMetrics.Builder builder() {
    return ImmutableReconcilerMetrics.builder();
  }
}
