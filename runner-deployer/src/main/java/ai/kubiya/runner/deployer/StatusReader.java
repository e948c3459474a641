package ai.kubiya.runner.deployer;

import ai.kubiya.runner.manifests.ManifestSet;
import ai.kubiya.runner.naming.RunnerNames;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the live state of a release's workloads and pods (one list per workload kind, one list of
 * pods) and grades each component with the chart README's thresholds.
 */
final class StatusReader {
  static final String COMPONENT_LABEL = RunnerNames.COMPONENT_LABEL;
  private static final List<Class<? extends HasMetadata>> KINDS =
      List.of(DaemonSet.class, Deployment.class, StatefulSet.class, CronJob.class);

  private final KubernetesClient client;
  private final HistoryStore history;
  private final LiveObjects live;
  private final Retrier retrier;
  private final Duration window;
  private final Clock clock;

  StatusReader(
      KubernetesClient client,
      HistoryStore history,
      LiveObjects live,
      Retrier retrier,
      Duration window,
      Clock clock) {
    this.client = client;
    this.history = history;
    this.live = live;
    this.retrier = retrier;
    this.window = window;
    this.clock = clock;
  }

  ReleaseStatus status(ReleaseId release) {
    List<RevisionRecord> records = history.list(release);
    if (records.isEmpty()) {
      throw new DeployException(
          "release " + release.name() + " not found in namespace " + release.namespace());
    }
    Optional<RevisionRecord> latest =
        records.isEmpty() ? Optional.empty() : Optional.of(records.get(records.size() - 1));
    List<ListTarget> targets =
        KINDS.stream().map(k -> new ListTarget(k, release.namespace())).toList();
    Map<ObjectRef, HasMetadata> workloads = new LinkedHashMap<>();
    List<HasMetadata> expected =
        latest
            .filter(r -> r.status() != RevisionStatus.UNINSTALLED)
            .map(r -> ManifestCodec.parse(r.manifestYaml()).objects())
            .orElse(List.of());
    for (HasMetadata object : expected) {
      if (Workloads.isWorkload(object.getKind())) {
        workloads.put(
            ObjectRef.of(object.getKind(), release.namespace(), object.getMetadata().getName()),
            null);
      }
    }
    Map<ObjectRef, HasMetadata> owned = live.owned(targets, release);
    ManifestSet.of(owned.values()).forEach(o -> workloads.put(ObjectRef.of(o), o));
    List<Pod> pods =
        retrier.call(
            "list pods in " + release.namespace(),
            () -> client.pods().inNamespace(release.namespace()).list().getItems());
    List<ComponentStatus> components = new ArrayList<>();
    for (Map.Entry<ObjectRef, HasMetadata> entry : workloads.entrySet()) {
      components.add(
          entry.getValue() == null
              ? missing(entry.getKey(), expected)
              : component(entry.getValue(), pods));
    }
    return ReleaseStatus.builder().release(release).revision(latest).components(components).build();
  }

  private ComponentStatus component(HasMetadata workload, List<Pod> allPods) {
    Map<String, String> selector = Workloads.selector(workload);
    List<Pod> pods =
        selector.isEmpty()
            ? List.of()
            : allPods.stream()
                .filter(
                    p ->
                        p.getMetadata().getLabels() != null
                            && p.getMetadata()
                                .getLabels()
                                .entrySet()
                                .containsAll(selector.entrySet()))
                .toList();
    int restarts = pods.stream().mapToInt(this::restartsInWindow).sum();
    int desired = Workloads.desired(workload);
    int ready = Workloads.ready(workload);
    HealthGrade grade;
    String detail;
    if (workload instanceof CronJob cronJob) {
      grade = HealthGrade.HEALTHY;
      Object last = cronJob.getStatus() == null ? null : cronJob.getStatus().getLastScheduleTime();
      detail =
          Boolean.TRUE.equals(cronJob.getSpec().getSuspend())
              ? "suspended"
              : last == null ? "present, not scheduled yet" : "last scheduled " + last;
    } else if (workload instanceof DaemonSet daemonSet && daemonSet.getStatus() == null) {
      grade = HealthGrade.DOWN;
      detail = "no status yet: not scheduled by the DaemonSet controller";
    } else if (workload instanceof DaemonSet && desired == 0) {
      grade = HealthGrade.WARNING;
      detail =
          "no node matches: 0 pods scheduled, "
              + restarts
              + " restarts in "
              + Readiness.format(window);
    } else {
      double percent = desired == 0 ? 100.0 : 100.0 * ready / desired;
      double perPod = pods.isEmpty() ? restarts : (double) restarts / pods.size();
      grade = HealthGrade.ofReadyPercent(percent).worst(HealthGrade.ofRestarts(perPod));
      detail =
          ready
              + "/"
              + desired
              + " ready, "
              + restarts
              + " restarts in "
              + Readiness.format(window);
    }
    return ComponentStatus.builder()
        .component(componentName(workload))
        .workload(ObjectRef.of(workload))
        .desired(desired)
        .ready(ready)
        .restartsInWindow(restarts)
        .pods(pods.size())
        .images(Workloads.images(workload))
        .grade(grade)
        .detail(detail)
        .build();
  }

  private static ComponentStatus missing(ObjectRef ref, List<HasMetadata> expected) {
    HasMetadata rendered =
        expected.stream()
            .filter(
                o -> o.getKind().equals(ref.kind()) && o.getMetadata().getName().equals(ref.name()))
            .findFirst()
            .orElseThrow();
    return ComponentStatus.builder()
        .component(componentName(rendered))
        .workload(ref)
        .desired(Workloads.desired(rendered))
        .ready(0)
        .restartsInWindow(0)
        .pods(0)
        .images(Workloads.images(rendered))
        .grade(HealthGrade.DOWN)
        .detail("missing from the cluster")
        .build();
  }

  /**
   * Restarts of a pod within the window: all of them when the pod started within it, otherwise one
   * per container whose last termination falls in it.
   */
  int restartsInWindow(Pod pod) {
    if (pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null) {
      return 0;
    }
    Instant since = clock.instant().minus(window);
    Instant started = parse(pod.getStatus().getStartTime());
    int restarts = 0;
    for (ContainerStatus container : pod.getStatus().getContainerStatuses()) {
      int count = container.getRestartCount() == null ? 0 : container.getRestartCount();
      if (started != null && started.isAfter(since)) {
        restarts += count;
      } else if (count > 0
          && container.getLastState() != null
          && container.getLastState().getTerminated() != null) {
        Instant finished = parse(container.getLastState().getTerminated().getFinishedAt());
        restarts += finished != null && finished.isAfter(since) ? 1 : 0;
      }
    }
    return restarts;
  }

  private static String componentName(HasMetadata workload) {
    Map<String, String> labels = workload.getMetadata().getLabels();
    return labels != null && labels.containsKey(COMPONENT_LABEL)
        ? labels.get(COMPONENT_LABEL)
        : workload.getMetadata().getName();
  }

  private static Instant parse(String time) {
    try {
      return time == null ? null : Instant.parse(time);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
