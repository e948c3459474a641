package ai.kubiya.runner.deployer;

import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetStatusBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;

/** Plays the controllers the mock server lacks: marks workloads rolled out or scheduled. */
final class Kubelet {
  private Kubelet() {}

  /** Sets every Deployment and DaemonSet in the namespace to fully ready. */
  static void markReady(KubernetesClient admin, String namespace) {
    for (Deployment d : admin.apps().deployments().inNamespace(namespace).list().getItems()) {
      int replicas = d.getSpec().getReplicas() == null ? 1 : d.getSpec().getReplicas();
      d.setStatus(
          new DeploymentStatusBuilder()
              .withObservedGeneration(d.getMetadata().getGeneration())
              .withReplicas(replicas)
              .withUpdatedReplicas(replicas)
              .withReadyReplicas(replicas)
              .withAvailableReplicas(replicas)
              .build());
      admin.resource(d).updateStatus();
    }
    for (DaemonSet ds : admin.apps().daemonSets().inNamespace(namespace).list().getItems()) {
      ds.setStatus(
          new DaemonSetStatusBuilder()
              .withObservedGeneration(ds.getMetadata().getGeneration())
              .withDesiredNumberScheduled(3)
              .withCurrentNumberScheduled(3)
              .withNumberReady(3)
              .withNumberMisscheduled(0)
              .build());
      admin.resource(ds).updateStatus();
    }
  }
}
