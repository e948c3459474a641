package ai.kubiya.runner.deployer.drift;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * How the reconciler backs off from an object another writer keeps changing: an object that drifts
 * again within {@link #fightWindow()} of its last heal is in a fight; its next heal waits {@code
 * initial * multiplier^(strikes-1)}, capped at {@link #max()}. An object that stays in line for the
 * fight window starts afresh. In a fight lasting {@code T}, an object is written at most {@code 2 +
 * log_multiplier(T / initial + 1)} times (plus one per {@code max} once capped).
 */
@Value.Immutable
public abstract class BackoffPolicy {
  /** The first wait after a fight is seen. Default 1 s. */
  @Value.Default
  public Duration initial() {
    return Duration.ofSeconds(1);
  }

  /** The longest wait. Default 5 minutes. */
  @Value.Default
  public Duration max() {
    return Duration.ofMinutes(5);
  }

  /** The growth factor. Default 2. */
  @Value.Default
  public double multiplier() {
    return 2.0;
  }

  /** A re-drift this soon after a heal counts as a fight. Default 1 minute. */
  @Value.Default
  public Duration fightWindow() {
    return Duration.ofMinutes(1);
  }

  /** The wait before the next heal after {@code strikes} consecutive fights (0: none). */
  public Duration delay(int strikes) {
    if (strikes <= 0) {
      return Duration.ZERO;
    }
    double millis = initial().toMillis() * Math.pow(multiplier(), strikes - 1);
    return millis >= max().toMillis() ? max() : Duration.ofMillis((long) millis);
  }

  @Value.Check
  void check() {
    if (initial().isNegative()
        || initial().isZero()
        || max().compareTo(initial()) < 0
        || multiplier() < 1) {
      throw new IllegalArgumentException("backoff: need 0 < initial <= max and multiplier >= 1");
    }
  }

  /** The defaults. */
  public static BackoffPolicy defaults() {
    return builder().build();
  }

  /** A builder. */
  public static ImmutableBackoffPolicy.Builder builder() {
    return ImmutableBackoffPolicy.builder();
  }
}
