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

  /**
   * How long an install, upgrade, rollback or uninstall waits for another operation's lock on the
   * release (or on the cluster-scoped objects) before failing. Default zero: fail at once, naming
   * the holder. While waiting, {@link ProgressEvent.Type#WAITING} events name the holder.
   */
  @Value.Default
  public Duration lockWait() {
    return Duration.ZERO;
  }

  /**
   * How long a lock lease lasts without renewal; the deployer renews it every third of this while
   * it runs, and a lease left by a killed process is taken over once this has passed since its last
   * renewal. Whole seconds, at least 1. Default 30 s.
   */
  @Value.Default
  public Duration lockLeaseDuration() {
    return Duration.ofSeconds(30);
  }

  /**
   * The namespace of the lease that guards the cluster-scoped objects (shared by every release on
   * the cluster, as chart 0.6.2 gives some of them fixed names). Default {@code kube-system}.
   */
  @Value.Default
  public String clusterLockNamespace() {
    return "kube-system";
  }

  /**
   * The identity written into the lock leases this deployer holds. Default: user, host, process id
   * and a random suffix per deployer, such as {@code ops@build-7 pid 4242 #3fa91c}.
   */
  public abstract java.util.Optional<String> lockHolder();

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
    if (lockWait().isNegative()) {
      throw new IllegalArgumentException("lockWait must be >= 0, was " + lockWait());
    }
    if (lockLeaseDuration().toSeconds() < 1
        || lockLeaseDuration().toNanos() % 1_000_000_000L != 0) {
      throw new IllegalArgumentException(
          "lockLeaseDuration must be whole seconds, at least 1, was " + lockLeaseDuration());
    }
    if (!ReleaseId.isDnsLabel(clusterLockNamespace())) {
      throw new IllegalArgumentException(
          "clusterLockNamespace '" + clusterLockNamespace() + "' is not a valid namespace name");
    }
    if (historyLimit() < 1) {
      throw new IllegalArgumentException("historyLimit must be at least 1, was " + historyLimit());
    }
  }
}
