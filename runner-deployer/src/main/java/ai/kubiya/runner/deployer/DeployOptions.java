package ai.kubiya.runner.deployer;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * How a {@link RunnerDeployer} talks to the cluster: field manager, conflicts, waiting, retries,
 * history size and a progress listener. Every option has a default.
 *
 * <pre>{@code
 * DeployOptions options = DeployOptions.builder()
 *     .waitTimeout(Duration.ofMinutes(5))
 *     .progressListener(event -> System.out.println(event))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class DeployOptions {
  /** The field manager name sent with every apply. Default {@code kubiya-runner-sdk}. */
  @Value.Default
  public String fieldManager() {
    return "kubiya-runner-sdk";
  }

  /** Take over fields another manager owns ({@code --force-conflicts}). Default false. */
  @Value.Default
  public boolean forceConflicts() {
    return false;
  }

  /** How objects are written. Default {@link ApplyMode#AUTO}. */
  @Value.Default
  public ApplyMode applyMode() {
    return ApplyMode.AUTO;
  }

  /** Wait for workloads to be ready after install, upgrade and rollback. Default true. */
  @Value.Default
  public boolean waitForReady() {
    return true;
  }

  /** Longest wait for workloads; past it the revision is marked failed. Default 5 minutes. */
  @Value.Default
  public Duration waitTimeout() {
    return Duration.ofMinutes(5);
  }

  /** Pause between two readiness polls. Default 2 s. */
  @Value.Default
  public Duration pollInterval() {
    return Duration.ofSeconds(2);
  }

  /** Retries of failed requests. Default {@link RetryPolicy#defaults()}. */
  @Value.Default
  public RetryPolicy retryPolicy() {
    return RetryPolicy.defaults();
  }

  /** The span {@code status} counts restarts over. Default 5 minutes (the dashboards' span). */
  @Value.Default
  public Duration restartWindow() {
    return Duration.ofMinutes(5);
  }

  /** Revision records kept per release; older ones are deleted. Default 10, like Helm's. */
  @Value.Default
  public int historyLimit() {
    return 10;
  }

  /** Receives progress events. Default: none. */
  @Value.Default
  @Value.Auxiliary
  public ProgressListener progressListener() {
    return ProgressListener.NONE;
  }

  /** The defaults. */
  public static DeployOptions defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static ImmutableDeployOptions.Builder builder() {
    return ImmutableDeployOptions.builder();
  }

  @Value.Check
  void check() {
    if (fieldManager().isBlank()) {
      throw new IllegalArgumentException("fieldManager must not be blank");
    }
    if (waitTimeout().isNegative() || pollInterval().isNegative() || pollInterval().isZero()) {
      throw new IllegalArgumentException("waitTimeout must be >= 0 and pollInterval > 0");
    }
    if (historyLimit() < 1) {
      throw new IllegalArgumentException("historyLimit must be at least 1, was " + historyLimit());
    }
  }
}
