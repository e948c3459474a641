package ai.kubiya.runner.deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetStatus;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatus;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the deployer knows about workload kinds: readiness, replica counts, pod templates. */
final class Workloads {
  /** The kinds the deployer waits for and reports on. */
  static final Set<String> KINDS = Set.of("Deployment", "DaemonSet", "StatefulSet", "CronJob");

  private Workloads() {}

  static boolean isWorkload(String kind) {
    return KINDS.contains(kind);
  }

  /** Why the workload is not ready yet, or empty when it is. */
  static Optional<String> notReady(HasMetadata workload) {
    Long generation = workload.getMetadata().getGeneration();
    if (workload instanceof Deployment d) {
      DeploymentStatus s = d.getStatus();
      if (s == null || stale(generation, s.getObservedGeneration())) {
        return Optional.of("rollout not observed yet");
      }
      int wanted = d.getSpec().getReplicas() == null ? 1 : d.getSpec().getReplicas();
      int updated = nz(s.getUpdatedReplicas());
      int available = nz(s.getAvailableReplicas());
      if (updated < wanted) {
        return Optional.of(updated + "/" + wanted + " replicas updated");
      }
      if (nz(s.getReplicas()) > updated) {
        return Optional.of((nz(s.getReplicas()) - updated) + " old replicas pending termination");
      }
      return available < updated
          ? Optional.of(available + "/" + wanted + " replicas available")
          : Optional.empty();
    }
    if (workload instanceof DaemonSet ds) {
      DaemonSetStatus s = ds.getStatus();
      if (s == null || stale(generation, s.getObservedGeneration())) {
        return Optional.of("not scheduled yet");
      }
      int wanted = nz(s.getDesiredNumberScheduled());
      int scheduled = nz(s.getCurrentNumberScheduled());
      if (scheduled < wanted || nz(s.getNumberMisscheduled()) > 0) {
        return Optional.of(scheduled + "/" + wanted + " pods scheduled");
      }
      return Optional.empty();
    }
    if (workload instanceof StatefulSet ss) {
      StatefulSetStatus s = ss.getStatus();
      int wanted = ss.getSpec().getReplicas() == null ? 1 : ss.getSpec().getReplicas();
      if (s == null || stale(generation, s.getObservedGeneration())) {
        return Optional.of("rollout not observed yet");
      }
      int ready = nz(s.getReadyReplicas());
      return ready < wanted
          ? Optional.of(ready + "/" + wanted + " replicas ready")
          : Optional.empty();
    }
    return Optional.empty();
  }

  /** Desired replicas: spec replicas, scheduled pods of a DaemonSet, 0 for a CronJob. */
  static int desired(HasMetadata workload) {
    if (workload instanceof Deployment d) {
      return d.getSpec().getReplicas() == null ? 1 : d.getSpec().getReplicas();
    }
    if (workload instanceof StatefulSet ss) {
      return ss.getSpec().getReplicas() == null ? 1 : ss.getSpec().getReplicas();
    }
    if (workload instanceof DaemonSet ds) {
      return ds.getStatus() == null ? 0 : nz(ds.getStatus().getDesiredNumberScheduled());
    }
    return 0;
  }

  /** Ready replicas. */
  static int ready(HasMetadata workload) {
    if (workload instanceof Deployment d) {
      return d.getStatus() == null ? 0 : nz(d.getStatus().getReadyReplicas());
    }
    if (workload instanceof StatefulSet ss) {
      return ss.getStatus() == null ? 0 : nz(ss.getStatus().getReadyReplicas());
    }
    if (workload instanceof DaemonSet ds) {
      return ds.getStatus() == null ? 0 : nz(ds.getStatus().getNumberReady());
    }
    return 0;
  }

  /** The pod template, if the kind has one. */
  static Optional<PodTemplateSpec> template(HasMetadata workload) {
    if (workload instanceof Deployment d) {
      return Optional.ofNullable(d.getSpec().getTemplate());
    }
    if (workload instanceof DaemonSet ds) {
      return Optional.ofNullable(ds.getSpec().getTemplate());
    }
    if (workload instanceof StatefulSet ss) {
      return Optional.ofNullable(ss.getSpec().getTemplate());
    }
    if (workload instanceof CronJob cj
        && cj.getSpec().getJobTemplate() != null
        && cj.getSpec().getJobTemplate().getSpec() != null) {
      return Optional.ofNullable(cj.getSpec().getJobTemplate().getSpec().getTemplate());
    }
    return Optional.empty();
  }

  /** The pod selector's match labels; empty for a CronJob. */
  static Map<String, String> selector(HasMetadata workload) {
    var selector =
        workload instanceof Deployment d
            ? d.getSpec().getSelector()
            : workload instanceof DaemonSet ds
                ? ds.getSpec().getSelector()
                : workload instanceof StatefulSet ss ? ss.getSpec().getSelector() : null;
    return selector == null || selector.getMatchLabels() == null
        ? Map.of()
        : selector.getMatchLabels();
  }

  /** The images of the pod template's containers. */
  static List<String> images(HasMetadata workload) {
    return template(workload)
        .map(t -> t.getSpec().getContainers().stream().map(c -> c.getImage()).toList())
        .orElse(List.of());
  }

  private static boolean stale(Long generation, Long observed) {
    return generation != null && (observed == null || observed < generation);
  }

  private static int nz(Integer value) {
    return value == null ? 0 : value;
  }
}
