package ai.kubiya.runner.deployer;

import ai.kubiya.runner.manifests.ManifestSet;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small runner-shaped manifest set built by hand: hook secrets, RBAC, services, workloads. */
final class Fixtures {
  static final String NS = "kubiya";
  static final ReleaseId RELEASE = ReleaseId.of("deployment-x", NS);
  static final String HOOK = "pre-install,pre-upgrade";

  private Fixtures() {}

  /** The objects of version 1. */
  static List<HasMetadata> v1() {
    List<HasMetadata> objects = new ArrayList<>();
    objects.add(
        new SecretBuilder()
            .withNewMetadata()
            .withName("kubiya-runner-nats-creds-runner")
            .addToAnnotations(ManifestSet.HELM_HOOK, HOOK)
            .endMetadata()
            .withType("Opaque")
            .addToStringData("nats.creds", "-----BEGIN NATS USER JWT-----secret-jwt")
            .build());
    objects.add(
        new SecretBuilder()
            .withNewMetadata()
            .withName("registry-tls-secret")
            .addToAnnotations(ManifestSet.HELM_HOOK, HOOK)
            .endMetadata()
            .withType("kubernetes.io/tls")
            .addToData("tls.crt", "Y2VydA==")
            .addToData("tls.key", "a2V5")
            .build());
    objects.add(
        new ServiceAccountBuilder()
            .withNewMetadata()
            .withName("kubiya-runner-agent-manager")
            .endMetadata()
            .build());
    objects.add(
        new ConfigMapBuilder()
            .withNewMetadata()
            .withName("kubiya-runner-alloy-config")
            .endMetadata()
            .addToData("config.alloy", "prometheus.scrape \"x\" {}\n")
            .build());
    objects.add(
        new ClusterRoleBuilder()
            .withNewMetadata()
            .withName("kubiya-runner-tool-manager-cluster-pvc-access")
            .endMetadata()
            .addNewRule()
            .withApiGroups("")
            .withResources("persistentvolumeclaims")
            .withVerbs("get", "list")
            .endRule()
            .build());
    objects.add(
        new RoleBuilder()
            .withNewMetadata()
            .withName("kubiya-runner-agent-manager")
            .endMetadata()
            .addNewRule()
            .withApiGroups("")
            .withResources("pods")
            .withVerbs("get")
            .endRule()
            .build());
    objects.add(
        new RoleBindingBuilder()
            .withNewMetadata()
            .withName("kubiya-runner-agent-manager-binding")
            .endMetadata()
            .withNewRoleRef("rbac.authorization.k8s.io", "Role", "kubiya-runner-agent-manager")
            .addNewSubject()
            .withKind("ServiceAccount")
            .withName("kubiya-runner-agent-manager")
            .withNamespace(NS)
            .endSubject()
            .build());
    objects.add(
        new ServiceBuilder()
            .withNewMetadata()
            .withName("agent-manager")
            .endMetadata()
            .withNewSpec()
            .addToSelector("app", "agent-manager")
            .addNewPort()
            .withPort(80)
            .withNewTargetPort(8080)
            .endPort()
            .endSpec()
            .build());
    objects.add(deployment("agent-manager", "ghcr.io/kubiyabot/agent-manager:v0.1.4", 2));
    objects.add(deployment("tool-manager", "ghcr.io/kubiyabot/tool-manager:v0.3.3", 1));
    objects.add(
        new DaemonSetBuilder()
            .withNewMetadata()
            .withName("deployment-x-dagger-engine")
            .addToLabels(StatusReader.COMPONENT_LABEL, "dagger-engine")
            .endMetadata()
            .withNewSpec()
            .withNewSelector()
            .addToMatchLabels("app", "dagger-engine")
            .endSelector()
            .withNewTemplate()
            .withNewMetadata()
            .addToLabels("app", "dagger-engine")
            .endMetadata()
            .withNewSpec()
            .addNewContainer()
            .withName("dagger-engine")
            .withImage("ghcr.io/kubiyabot/kubiya-registry:v0.1.1")
            .endContainer()
            .endSpec()
            .endTemplate()
            .endSpec()
            .build());
    objects.add(
        new CronJobBuilder()
            .withNewMetadata()
            .withName("deployment-x-kubiya-runner-helm-updater")
            .addToLabels(StatusReader.COMPONENT_LABEL, "image-updater")
            .endMetadata()
            .withNewSpec()
            .withSchedule("0 0 * * *")
            .withNewJobTemplate()
            .withNewSpec()
            .withNewTemplate()
            .withNewSpec()
            .addNewContainer()
            .withName("image-updater")
            .withImage("ghcr.io/kubiyabot/kubernetes:1.32.0")
            .endContainer()
            .withRestartPolicy("OnFailure")
            .endSpec()
            .endTemplate()
            .endSpec()
            .endJobTemplate()
            .endSpec()
            .build());
    return objects;
  }

  static Deployment deployment(String name, String image, int replicas) {
    return new DeploymentBuilder()
        .withNewMetadata()
        .withName(name)
        .addToLabels(StatusReader.COMPONENT_LABEL, name)
        .endMetadata()
        .withNewSpec()
        .withReplicas(replicas)
        .withNewSelector()
        .addToMatchLabels("app", name)
        .endSelector()
        .withNewTemplate()
        .withNewMetadata()
        .addToLabels("app", name)
        .endMetadata()
        .withNewSpec()
        .addNewContainer()
        .withName(name)
        .withImage(image)
        .addNewEnv()
        .withName("LOG_LEVEL")
        .withValue("info")
        .endEnv()
        .addNewEnv()
        .withName("KUBIYA_API_TOKEN")
        .withValue("token-v1")
        .endEnv()
        .withNewResources()
        .withRequests(Map.of("cpu", new Quantity("100m"), "memory", new Quantity("128Mi")))
        .endResources()
        .endContainer()
        .endSpec()
        .endTemplate()
        .endSpec()
        .build();
  }

  /** Version 2: a new agent-manager image, the CronJob gone, a new ConfigMap. */
  static List<HasMetadata> v2() {
    List<HasMetadata> objects = new ArrayList<>(v1());
    objects.removeIf(
        o ->
            o.getKind().equals("CronJob")
                || o.getMetadata().getName().equals("agent-manager")
                    && o.getKind().equals("Deployment"));
    objects.add(deployment("agent-manager", "ghcr.io/kubiyabot/agent-manager:v0.1.5", 2));
    objects.add(
        new ConfigMapBuilder()
            .withNewMetadata()
            .withName("kubiya-runner-extra")
            .endMetadata()
            .addToData("a", "b")
            .build());
    return objects;
  }

  static ReleaseManifest manifest(List<HasMetadata> objects, String values) {
    return ReleaseManifest.builder()
        .release(RELEASE)
        .manifests(ManifestSet.of(objects))
        .valuesYaml(values)
        .build();
  }

  static ReleaseManifest v1Manifest() {
    return manifest(v1(), "agentManager:\n  image:\n    tag: v0.1.4\n");
  }

  static ReleaseManifest v2Manifest() {
    return manifest(
        v2(),
        "agentManager:\n  image:\n    tag: v0.1.5\nimageUpdater:\n  cronJob:\n    create: false\n");
  }
}
