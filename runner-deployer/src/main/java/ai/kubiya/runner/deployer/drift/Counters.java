package ai.kubiya.runner.deployer.drift;

import java.util.concurrent.atomic.AtomicLong;

/** The reconciler's live counters. */
final class Counters {
  final AtomicLong scans = new AtomicLong();
  final AtomicLong driftsFound = new AtomicLong();
  final AtomicLong healed = new AtomicLong();
  final AtomicLong healFailed = new AtomicLong();
  final AtomicLong fights = new AtomicLong();
  final AtomicLong deferred = new AtomicLong();
  final AtomicLong writes = new AtomicLong();
  final AtomicLong errors = new AtomicLong();

  ReconcilerMetrics snapshot() {
    return ReconcilerMetrics.builder()
        .scans(scans.get())
        .driftsFound(driftsFound.get())
        .healed(healed.get())
        .healFailed(healFailed.get())
        .fights(fights.get())
        .deferred(deferred.get())
        .writes(writes.get())
        .errors(errors.get())
        .build();
  }
}
