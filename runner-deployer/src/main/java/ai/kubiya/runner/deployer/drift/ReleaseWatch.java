package ai.kubiya.runner.deployer.drift;

import ai.kubiya.runner.deployer.DeployException;
import ai.kubiya.runner.deployer.ObjectRef;
import ai.kubiya.runner.deployer.ReleaseId;
import ai.kubiya.runner.deployer.ReleaseObjects;
import ai.kubiya.runner.deployer.drift.ReconcilerEvent.Type;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One release under a reconciler: coalesces triggers into scans (at most one pending, scans never
 * overlap), reports each distinct drift once, heals under the per-object backoff and schedules a
 * scan for when a deferred heal may be written.
 */
final class ReleaseWatch {
  private final ReleaseId release;
  private final DriftDetector detector;
  private final ReconcilerOptions options;
  private final ScheduledExecutorService executor;
  private final Counters counters;
  private final ReconcilerListener listener;
  private final Clock clock;
  private final Object scanLock = new Object();
  private final Map<ObjectRef, String> reported = new HashMap<>();
  private final Map<ObjectRef, Instant> firstSeen = new HashMap<>();
  private final Map<ObjectRef, ObjectBackoff> backoffs = new HashMap<>();

  /** Drifts whose heal the ownership rules refuse: not tried again until the drift changes. */
  private final Map<ObjectRef, String> refused = new HashMap<>();

  private Instant pendingAt;
  private boolean drifted;
  private volatile boolean closed;

  ReleaseWatch(
      ReleaseId release,
      DriftDetector detector,
      ReconcilerOptions options,
      ScheduledExecutorService executor,
      Counters counters,
      ReconcilerListener listener,
      Clock clock) {
    this.release = release;
    this.detector = detector;
    this.options = options;
    this.executor = executor;
    this.counters = counters;
    this.listener = listener;
    this.clock = clock;
  }

  ReleaseId release() {
    return release;
  }

  /** Asks for a scan after {@code delay}, unless one is already due by then. */
  void trigger(Duration delay) {
    Instant at = clock.instant().plus(delay);
    synchronized (this) {
      if (closed || (pendingAt != null && !pendingAt.isAfter(at))) {
        return;
      }
      pendingAt = at;
    }
    try {
      executor.schedule(this::run, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException stopping) {
      // the reconciler is closing
    }
  }

  void close() {
    closed = true;
  }

  private void run() {
    synchronized (this) {
      pendingAt = null;
    }
    if (closed) {
      return;
    }
    synchronized (scanLock) {
      try {
        scanOnce();
      } catch (DeployException e) {
        counters.errors.incrementAndGet();
        emit(ReconcilerEvent.builder().type(Type.ERROR).release(release).detail(e.getMessage()));
      } catch (RuntimeException e) {
        counters.errors.incrementAndGet();
        emit(
            ReconcilerEvent.builder()
                .type(Type.ERROR)
                .release(release)
                .detail(e.getClass().getSimpleName() + " during scan"));
      }
    }
  }

  private void scanOnce() {
    counters.scans.incrementAndGet();
    Scan scan = detector.scan(release);
    Instant now = clock.instant();
    Set<ObjectRef> current = new HashSet<>();
    Instant retryAt = null;
    List<Drift> toHeal = new ArrayList<>();
    for (Drift drift : scan.report().drifts()) {
      ObjectRef ref = drift.object();
      current.add(ref);
      firstSeen.putIfAbsent(ref, now);
      if (!drift.toString().equals(reported.get(ref))) {
        reported.put(ref, drift.toString());
        counters.driftsFound.incrementAndGet();
        emit(ReconcilerEvent.builder().type(Type.DRIFT).release(release).object(ref).drift(drift));
      }
      if (!options.heal() || closed || drift.toString().equals(refused.get(ref))) {
        continue;
      }
      ObjectBackoff backoff =
          backoffs.computeIfAbsent(ref, r -> new ObjectBackoff(options.backoff()));
      if (!backoff.mayHeal(now)) {
        counters.deferred.incrementAndGet();
        retryAt =
            retryAt == null || backoff.nextAllowed().isBefore(retryAt)
                ? backoff.nextAllowed()
                : retryAt;
        continue;
      }
      toHeal.add(drift);
    }
    if (!toHeal.isEmpty()) {
      healLocked(toHeal);
    }
    reported.keySet().retainAll(current);
    firstSeen.keySet().retainAll(current);
    refused.keySet().retainAll(current);
    if (current.isEmpty() && drifted) {
      emit(
          ReconcilerEvent.builder()
              .type(Type.IN_LINE)
              .release(release)
              .detail("revision " + scan.report().revision().orElse(0)));
    }
    drifted = !current.isEmpty();
    if (retryAt != null) {
      trigger(Duration.between(clock.instant(), retryAt).plusMillis(1));
    }
  }

  /**
   * Heals these drifts under the release's lock, as the deployer's operations take it: scanned
   * again under it, so that an upgrade that ran meanwhile is healed against (or has already healed)
   * rather than overwritten with the revision before it. A drift gone from that scan is left.
   */
  private void healLocked(List<Drift> toHeal) {
    try (ReleaseObjects.Lock lock = detector.lock(release)) {
      Scan locked = detector.scan(release);
      Map<ObjectRef, Drift> now = new HashMap<>();
      for (Drift drift : locked.report().drifts()) {
        now.put(drift.object(), drift);
      }
      for (Drift seen : toHeal) {
        Drift drift = now.get(seen.object());
        if (drift != null) {
          heal(locked, drift, backoffs.get(drift.object()), lock);
        }
      }
    }
  }

  private void heal(Scan scan, Drift drift, ObjectBackoff backoff, ReleaseObjects.Lock lock) {
    ObjectRef ref = drift.object();
    Optional<String> refusal = detector.heal(release, scan, drift, lock);
    Instant done = clock.instant();
    if (refusal.isPresent()) {
      counters.healFailed.incrementAndGet();
      emit(
          ReconcilerEvent.builder()
              .type(Type.HEAL_FAILED)
              .release(release)
              .object(ref)
              .detail(refusal.get()));
      if (drift.kind() == DriftKind.OWNERSHIP_REMOVED) {
        refused.put(ref, drift.toString());
      }
      backoff.healed(done);
      return;
    }
    counters.writes.incrementAndGet();
    counters.healed.incrementAndGet();
    boolean fight = backoff.healed(done);
    Duration took = Duration.between(firstSeen.getOrDefault(ref, done), done);
    firstSeen.remove(ref);
    reported.remove(ref);
    emit(
        ReconcilerEvent.builder()
            .type(Type.HEALED)
            .release(release)
            .object(ref)
            .drift(drift)
            .timeToHeal(took)
            .detail("1 write, " + took.toMillis() + " ms after it was seen"));
    if (fight) {
      counters.fights.incrementAndGet();
      Duration wait = options.backoff().delay(backoff.strikes());
      emit(
          ReconcilerEvent.builder()
              .type(Type.FIGHT)
              .release(release)
              .object(ref)
              .detail(
                  "drifted again within "
                      + options.backoff().fightWindow().toMillis()
                      + " ms of its heal ("
                      + backoff.strikes()
                      + " in a row): another writer changes it; next heal in "
                      + wait.toMillis()
                      + " ms"));
    }
  }

  private void emit(ImmutableReconcilerEvent.Builder event) {
    try {
      listener.onEvent(event.time(clock.instant()).build());
    } catch (RuntimeException ignored) {
      // a listener's failure must not stop the reconciler
    }
  }
}
