package ai.kubiya.runner.deployer;

import ai.kubiya.runner.deployer.ProgressEvent.Type;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.api.model.coordination.v1.LeaseBuilder;
import io.fabric8.kubernetes.api.model.coordination.v1.LeaseSpec;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Takes {@code coordination.k8s.io/v1} Leases as mutual-exclusion locks, the way Kubernetes leader
 * election does: a lease names its holder and when it was last renewed; it is free when absent,
 * released (no holder) or expired (not renewed for its duration). Every change is a create or a
 * resourceVersion-conditioned update, so of two processes racing for a lease exactly one wins. A
 * held lease is renewed in the background every third of its duration until it is closed.
 */
final class LeaseLock {
  /** Label on the deployer's leases. */
  static final String LOCK_LABEL = "runner.kubiya.ai/lock";

  /** How often a waiting operation repeats its progress event while the holder stays the same. */
  private static final Duration ANNOUNCE_EVERY = Duration.ofSeconds(10);

  private final KubernetesClient client;
  private final Retrier retrier;
  private final ProgressListener listener;
  private final String holder;
  private final Duration leaseDuration;
  private final Duration lockWait;
  private final Duration pollInterval;
  private final Clock clock;

  LeaseLock(
      KubernetesClient client, Retrier retrier, DeployOptions options, String holder, Clock clock) {
    this.client = client;
    this.retrier = retrier;
    this.listener = options.progressListener();
    this.holder = holder;
    this.leaseDuration = options.lockLeaseDuration();
    this.lockWait = options.lockWait();
    this.pollInterval = options.pollInterval();
    this.clock = clock;
  }

  /** The identity written into the leases. */
  String holder() {
    return holder;
  }

  /**
   * Takes the lease, waiting up to the lock wait while another holder keeps it renewed, with a
   * {@link Type#WAITING} event naming the holder at first, whenever the holder changes and every
   * ten seconds.
   *
   * @param namespace the lease's namespace
   * @param name the lease's name
   * @param guarded what the lease guards, for messages, such as {@code release kubiya/x}
   * @throws DeployException naming the holder when the lease stays held past the wait
   */
  Held acquire(String namespace, String name, String guarded) {
    Instant deadline = clock.instant().plus(lockWait);
    String where = "Lease " + namespace + "/" + name;
    String announcedHolder = null;
    Instant nextAnnouncement = Instant.MIN;
    while (true) {
      Lease lease =
          retrier.call(
              "read " + where, () -> client.leases().inNamespace(namespace).withName(name).get());
      try {
        if (lease == null) {
          Lease created =
              retrier.callFailingOnConflict(
                  "create " + where,
                  () ->
                      client
                          .leases()
                          .inNamespace(namespace)
                          .resource(fresh(namespace, name, 0))
                          .create());
          return new Held(created, guarded, null);
        }
        String current = holderOf(lease);
        if (current == null || current.equals(holder) || expired(lease)) {
          Lease taken = take(lease);
          Lease updated =
              retrier.callFailingOnConflict(
                  "take " + where,
                  () -> client.leases().inNamespace(namespace).resource(taken).update());
          String previous = current != null && !current.equals(holder) ? current : null;
          if (previous != null) {
            listener.onEvent(
                ProgressEvent.of(
                    Type.LOCKED,
                    "took over the expired lock of "
                        + guarded
                        + " from "
                        + previous
                        + " (last renewed "
                        + lastRenewal(lease)
                        + ")"));
          }
          return new Held(updated, guarded, previous);
        }
        Instant now = clock.instant();
        if (!now.isBefore(deadline)) {
          throw new DeployException(
              guarded
                  + " is locked by "
                  + current
                  + " ("
                  + where
                  + ", renewed "
                  + lastRenewal(lease)
                  + ", expires in "
                  + expiresIn(lease, now)
                  + " unless renewed); "
                  + (lockWait.isZero()
                      ? "wait for it with a lock wait or try again later"
                      : "gave up after waiting " + Readiness.format(lockWait)));
        }
        if (!current.equals(announcedHolder) || !now.isBefore(nextAnnouncement)) {
          listener.onEvent(
              ProgressEvent.of(
                  Type.WAITING,
                  "waiting for the lock of "
                      + guarded
                      + ", held by "
                      + current
                      + " (up to "
                      + Readiness.format(lockWait)
                      + ")"));
          announcedHolder = current;
          nextAnnouncement = now.plus(ANNOUNCE_EVERY);
        }
        sleep(
            Duration.ofMillis(
                Math.min(pollInterval.toMillis(), Duration.between(now, deadline).toMillis())));
      } catch (KubernetesClientException e) {
        if (e.getCode() != 409) {
          throw e;
        }
        // another process created or took the lease between our read and write: read again
      }
    }
  }

  private Lease fresh(String namespace, String name, int transitions) {
    ZonedDateTime now = now();
    return new LeaseBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace(namespace)
        .addToLabels(LOCK_LABEL, "true")
        .endMetadata()
        .withNewSpec()
        .withHolderIdentity(holder)
        .withLeaseDurationSeconds((int) leaseDuration.toSeconds())
        .withAcquireTime(now)
        .withRenewTime(now)
        .withLeaseTransitions(transitions)
        .endSpec()
        .build();
  }

  private Lease take(Lease lease) {
    int transitions =
        lease.getSpec() == null || lease.getSpec().getLeaseTransitions() == null
            ? 0
            : lease.getSpec().getLeaseTransitions();
    Lease taken =
        fresh(lease.getMetadata().getNamespace(), lease.getMetadata().getName(), transitions + 1);
    taken.getMetadata().setResourceVersion(lease.getMetadata().getResourceVersion());
    taken.getMetadata().setLabels(lease.getMetadata().getLabels());
    return taken;
  }

  private ZonedDateTime now() {
    return ZonedDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  static String holderOf(Lease lease) {
    String current = lease.getSpec() == null ? null : lease.getSpec().getHolderIdentity();
    return current == null || current.isEmpty() ? null : current;
  }

  private boolean expired(Lease lease) {
    return !expiry(lease).isAfter(clock.instant());
  }

  private static Instant expiry(Lease lease) {
    LeaseSpec spec = lease.getSpec();
    ZonedDateTime renewed =
        spec.getRenewTime() != null ? spec.getRenewTime() : spec.getAcquireTime();
    if (renewed == null || spec.getLeaseDurationSeconds() == null) {
      return Instant.EPOCH;
    }
    return renewed.toInstant().plusSeconds(spec.getLeaseDurationSeconds());
  }

  private static String lastRenewal(Lease lease) {
    LeaseSpec spec = lease.getSpec();
    ZonedDateTime renewed =
        spec.getRenewTime() != null ? spec.getRenewTime() : spec.getAcquireTime();
    return renewed == null
        ? "never"
        : renewed.toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static String expiresIn(Lease lease, Instant now) {
    Duration left = Duration.between(now, expiry(lease));
    return Readiness.format(
        left.isNegative() ? Duration.ZERO : left.truncatedTo(ChronoUnit.SECONDS));
  }

  private static void sleep(Duration pause) {
    try {
      Thread.sleep(Math.max(1, pause.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeployException("interrupted while waiting for a lock", e);
    }
  }

  /**
   * A lease this process holds, renewed in the background until {@link #close()} releases it (by
   * clearing the holder with a resourceVersion precondition, so a lease taken over meanwhile is
   * left alone). {@link #check(String)} fails once the lease was lost.
   */
  final class Held implements AutoCloseable {
    private final String guarded;
    private final String takenFrom;
    private final ScheduledExecutorService renewal;
    private volatile Lease lease;
    private volatile String lostReason;
    private volatile boolean deleteOnClose;

    private Held(Lease lease, String guarded, String takenFrom) {
      this.lease = lease;
      this.guarded = guarded;
      this.takenFrom = takenFrom;
      this.renewal =
          Executors.newSingleThreadScheduledExecutor(
              runnable -> {
                Thread thread = new Thread(runnable, "kubiya-runner-lease-renewal");
                thread.setDaemon(true);
                return thread;
              });
      long period = Math.max(100, leaseDuration.toMillis() / 3);
      renewal.scheduleWithFixedDelay(this::renew, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * Makes {@link #close()} delete the lease instead of releasing it: the thing it guards is gone
     * (a release uninstalled with its history). A lease taken over meanwhile is left alone.
     */
    void deleteOnClose() {
      deleteOnClose = true;
    }

    /** The holder whose expired lease was taken over, or null. */
    String takenFrom() {
      return takenFrom;
    }

    /**
     * Throws when the lease was lost (taken over by another holder after this one stopped
     * renewing).
     */
    void check(String before) {
      String reason = lostReason;
      if (reason != null) {
        throw new DeployException(
            "lost the lock of " + guarded + " (" + reason + "); stopped before " + before);
      }
    }

    private synchronized void renew() {
      if (lostReason != null) {
        return;
      }
      Lease current = lease;
      try {
        Lease renewed = new LeaseBuilder(current).editSpec().withRenewTime(now()).endSpec().build();
        lease =
            client
                .leases()
                .inNamespace(current.getMetadata().getNamespace())
                .resource(renewed)
                .update();
      } catch (KubernetesClientException e) {
        if (e.getCode() == 409) {
          Lease fresh =
              client
                  .leases()
                  .inNamespace(current.getMetadata().getNamespace())
                  .withName(current.getMetadata().getName())
                  .get();
          if (fresh != null && holder.equals(holderOf(fresh))) {
            lease = fresh;
            return;
          }
          lostReason =
              "now held by " + (fresh == null ? "nobody: the lease was deleted" : holderOf(fresh));
          listener.onEvent(
              ProgressEvent.of(
                  Type.LOCKED,
                  "lost the lock of " + guarded + ": " + lostReason + "; no further writes"));
        } else if (expired(current)) {
          lostReason = "could not renew it within its duration: " + Retrier.summary(e);
        }
      } catch (RuntimeException e) {
        if (expired(current)) {
          lostReason = "could not renew it within its duration: " + Retrier.summary(e);
        }
      }
    }

    private void release(Lease current) {
      Lease released =
          new LeaseBuilder(current).editSpec().withHolderIdentity(null).endSpec().build();
      retrier.callFailingOnConflict(
          "release lock of " + guarded,
          () ->
              client
                  .leases()
                  .inNamespace(released.getMetadata().getNamespace())
                  .resource(released)
                  .update());
    }

    @Override
    public void close() {
      renewal.shutdown();
      try {
        renewal.awaitTermination(leaseDuration.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      synchronized (this) {
        if (lostReason != null) {
          return;
        }
        try {
          if (deleteOnClose) {
            endOrRetry(this::delete);
          } else {
            endOrRetry(this::release);
          }
        } catch (RuntimeException e) {
          listener.onEvent(
              ProgressEvent.of(
                  Type.LOCKED,
                  "could not release the lock of "
                      + guarded
                      + " ("
                      + Retrier.summary(e)
                      + "); it expires after "
                      + Readiness.format(leaseDuration)));
        }
      }
    }

    private void delete(Lease current) {
      retrier.callFailingOnConflict(
          "delete lock of " + guarded,
          () ->
              client
                  .leases()
                  .inNamespace(current.getMetadata().getNamespace())
                  .withName(current.getMetadata().getName())
                  .lockResourceVersion(current.getMetadata().getResourceVersion())
                  .delete());
    }

    /**
     * Ends the lease by {@code end} (release or delete, each with a resourceVersion precondition);
     * after a conflict (a renewal's answer was lost), ends it as it is now if it is still ours.
     */
    private void endOrRetry(java.util.function.Consumer<Lease> end) {
      try {
        end.accept(lease);
      } catch (KubernetesClientException e) {
        if (e.getCode() != 409) {
          throw e;
        }
        Lease fresh =
            retrier.call(
                "read lock of " + guarded,
                () ->
                    client
                        .leases()
                        .inNamespace(lease.getMetadata().getNamespace())
                        .withName(lease.getMetadata().getName())
                        .get());
        if (fresh != null && holder.equals(holderOf(fresh))) {
          end.accept(fresh);
        }
      }
    }
  }
}
