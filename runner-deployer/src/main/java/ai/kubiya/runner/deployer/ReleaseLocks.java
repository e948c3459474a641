package ai.kubiya.runner.deployer;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.util.Optional;

/**
 * The locks of one operation: the release's lease ({@value #RELEASE_LEASE_PREFIX}{@code <release>}
 * in the release namespace), then, when the operation touches cluster-scoped objects, the
 * cluster-wide lease {@value #CLUSTER_LEASE} in the configured namespace. Always taken in that
 * order, so two operations never wait for each other in a cycle.
 */
final class ReleaseLocks {
  static final String RELEASE_LEASE_PREFIX = "kubiya-runner.lock.";
  static final String CLUSTER_LEASE = "kubiya-runner.cluster-objects";

  private final LeaseLock leases;
  private final String clusterNamespace;

  ReleaseLocks(LeaseLock leases, String clusterNamespace) {
    this.leases = leases;
    this.clusterNamespace = clusterNamespace;
  }

  /** The locks as {@code options} configure them (holder, waits, the cluster lock's namespace). */
  static ReleaseLocks of(
      KubernetesClient client, Retrier retrier, DeployOptions options, Clock clock) {
    String holder = options.lockHolder().orElseGet(RunnerDeployer::defaultHolder);
    return new ReleaseLocks(
        new LeaseLock(client, retrier, options, holder, clock), options.clusterLockNamespace());
  }

  /** The name of a release's lease. */
  static String leaseName(ReleaseId release) {
    return RELEASE_LEASE_PREFIX + release.name();
  }

  /** Takes the release's lease. */
  Held lockRelease(ReleaseId release) {
    return new Held(leases.acquire(release.namespace(), leaseName(release), "release " + release));
  }

  /** The locks held by one operation; closing releases them in reverse order. */
  final class Held implements AutoCloseable {
    private final LeaseLock.Held release;
    private LeaseLock.Held cluster;

    private Held(LeaseLock.Held release) {
      this.release = release;
    }

    /** Also takes the cluster-wide lease, unless already held. */
    void lockClusterObjects() {
      if (cluster == null) {
        cluster =
            leases.acquire(
                clusterNamespace,
                CLUSTER_LEASE,
                "the cluster-scoped objects of kubiya-runner releases");
      }
    }

    /**
     * Deletes the release's lease on {@link #close()} instead of releasing it: the release is gone,
     * history and all. The cluster-wide lease, shared by every release, is only released.
     */
    void deleteReleaseLeaseOnClose() {
      release.deleteOnClose();
    }

    /** The holder of the release lease this operation took over because it expired, if any. */
    Optional<String> takenFrom() {
      return Optional.ofNullable(release.takenFrom());
    }

    /** Throws a {@link DeployException} when a lock was lost; call before each write. */
    void check(String before) {
      release.check(before);
      if (cluster != null) {
        cluster.check(before);
      }
    }

    @Override
    public void close() {
      try {
        if (cluster != null) {
          cluster.close();
        }
      } finally {
        release.close();
      }
    }
  }
}
