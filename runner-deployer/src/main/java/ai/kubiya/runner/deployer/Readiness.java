package ai.kubiya.runner.deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Waits until a release's workloads are ready: Deployments and StatefulSets rolled out, DaemonSets
 * scheduled, CronJobs present. Each poll lists each workload kind once; progress is reported when a
 * workload's state changes.
 */
final class Readiness {
  private final LiveObjects live;
  private final DeployOptions options;

  Readiness(LiveObjects live, DeployOptions options) {
    this.live = live;
    this.options = options;
  }

  /** Waits for the workloads among {@code objects}; throws a {@link DeployException} on timeout. */
  void await(ReleaseId release, List<PreparedObject> objects) {
    List<PreparedObject> workloads =
        objects.stream().filter(o -> Workloads.isWorkload(o.ref().kind())).toList();
    if (workloads.isEmpty()) {
      return;
    }
    Set<ListTarget> targets =
        workloads.stream()
            .map(PreparedObject::target)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    Instant deadline = Instant.now().plus(options.waitTimeout());
    Map<ObjectRef, String> lastState = new HashMap<>();
    while (true) {
      Map<ObjectRef, HasMetadata> current = live.owned(targets, release);
      Map<ObjectRef, String> pending = new LinkedHashMap<>();
      for (PreparedObject workload : workloads) {
        HasMetadata object = current.get(workload.ref());
        Optional<String> reason =
            object == null ? Optional.of("not found") : Workloads.notReady(object);
        String state = reason.orElse("ready");
        if (!state.equals(lastState.put(workload.ref(), state))) {
          options
              .progressListener()
              .onEvent(
                  ProgressEvent.of(
                      reason.isPresent() ? ProgressEvent.Type.WAITING : ProgressEvent.Type.READY,
                      workload.ref(),
                      state));
        }
        reason.ifPresent(r -> pending.put(workload.ref(), r));
      }
      if (pending.isEmpty()) {
        return;
      }
      if (!Instant.now().isBefore(deadline)) {
        throw new DeployException(
            "timed out after "
                + format(options.waitTimeout())
                + " waiting for "
                + pending.entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue() + ")")
                    .collect(Collectors.joining(", ")));
      }
      sleep(
          Duration.ofMillis(
              Math.min(
                  options.pollInterval().toMillis(),
                  Math.max(1, Duration.between(Instant.now(), deadline).toMillis()))));
    }
  }

  static String format(Duration duration) {
    return duration.toSeconds() % 60 == 0 && duration.toSeconds() > 0
        ? duration.toMinutes() + "m"
        : duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeployException("interrupted while waiting for workloads", e);
    }
  }
}
