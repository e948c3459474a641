package ai.kubiya.runner.deployer;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * How the deployer retries one API request that failed with 409 (conflict), 429 (throttled), a 5xx,
 * a timeout or a dropped connection: up to {@link #maxAttempts()} tries, waiting {@link
 * #initialBackoff()} and then {@link #multiplier()} times longer each time, at most {@link
 * #maxBackoff()} (a server's {@code Retry-After} is not read; the backoff applies).
 *
 * <p>fabric8's own request retries ({@code Config.requestRetryBackoffLimit}) happen below this
 * policy; set that to 0 on the client to let this policy alone decide.
 */
@Value.Immutable
public abstract class RetryPolicy {
  /** Tries of one request, the first included; 1 means no retry. Default 5. */
  @Value.Default
  public int maxAttempts() {
    return 5;
  }

  /** Wait before the first retry. Default 200 ms. */
  @Value.Default
  public Duration initialBackoff() {
    return Duration.ofMillis(200);
  }

  /** Longest wait between two tries. Default 5 s. */
  @Value.Default
  public Duration maxBackoff() {
    return Duration.ofSeconds(5);
  }

  /** Growth of the wait from one retry to the next. Default 2. */
  @Value.Default
  public double multiplier() {
    return 2.0;
  }

  /** The defaults: 5 tries, 200 ms doubling up to 5 s. */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /** A policy that never retries. */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /** A builder starting from the defaults. */
  public static ImmutableRetryPolicy.Builder builder() {
    return ImmutableRetryPolicy.builder();
  }

  /** The wait before retry number {@code retry} (1 for the first retry). */
  public Duration backoff(int retry) {
    double millis = initialBackoff().toMillis() * Math.pow(multiplier(), Math.max(0, retry - 1));
    return Duration.ofMillis((long) Math.min(millis, maxBackoff().toMillis()));
  }

  @Value.Check
  void check() {
    if (maxAttempts() < 1) {
      throw new IllegalArgumentException(
          "retry maxAttempts must be at least 1, was " + maxAttempts());
    }
    if (multiplier() < 1.0) {
      throw new IllegalArgumentException(
          "retry multiplier must be at least 1, was " + multiplier());
    }
  }
}
