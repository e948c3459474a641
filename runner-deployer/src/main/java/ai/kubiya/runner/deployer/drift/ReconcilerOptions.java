package ai.kubiya.runner.deployer.drift;

import ai.kubiya.runner.deployer.ReleaseId;
import java.time.Duration;
import java.util.List;
import org.immutables.value.Value;

/** What a {@link RunnerReconciler} watches and how it heals. */
@Value.Immutable
public abstract class ReconcilerOptions {
  /** The releases to watch (at least one). */
  public abstract List<ReleaseId> releases();

  /** Detection and write options (ignore rules, field manager, apply mode, retries). */
  @Value.Default
  public DriftOptions drift() {
    return DriftOptions.defaults();
  }

  /** Heal drift (else only report it). Default false. */
  @Value.Default
  public boolean heal() {
    return false;
  }

  /** Backoff from objects another writer keeps changing. */
  @Value.Default
  public BackoffPolicy backoff() {
    return BackoffPolicy.defaults();
  }

  /** Worker threads shared by all releases. Default 2. */
  @Value.Default
  public int threads() {
    return 2;
  }

  /**
   * Rate limit: changes seen within this interval are coalesced into one scan of the release, so a
   * release is scanned at most once per interval. Default 200 ms.
   */
  @Value.Default
  public Duration debounce() {
    return Duration.ofMillis(200);
  }

  /** Watch with informers (else poll only). Default true. */
  @Value.Default
  public boolean informers() {
    return true;
  }

  /** Every release is scanned at least this often, informers or not. Default 30 s. */
  @Value.Default
  public Duration resync() {
    return Duration.ofSeconds(30);
  }

  @Value.Check
  void check() {
    if (releases().isEmpty()) {
      throw new IllegalArgumentException("reconciler: no release to watch");
    }
    if (threads() < 1 || debounce().isNegative() || resync().isNegative() || resync().isZero()) {
      throw new IllegalArgumentException(
          "reconciler: need threads >= 1, debounce >= 0 and resync > 0");
    }
  }

  /** A builder. */
  public static ImmutableReconcilerOptions.Builder builder() {
    return ImmutableReconcilerOptions.builder();
  }
}
