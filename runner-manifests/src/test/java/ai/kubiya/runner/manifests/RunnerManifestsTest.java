package ai.kubiya.runner.manifests;

import static ai.kubiya.runner.manifests.Renders.config;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.manifests.internal.KindOrder;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import ai.kubiya.runner.naming.Component;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RunnerManifestsTest {
  @Test
  void objectsComeInHelmInstallOrderWithHooksFirst() {
    ManifestSet set =
        RunnerManifests.of(config("demo", "kubiya", "nats.jwt=a", "nats.secondJwt=b")).build();
    List<HasMetadata> objects = set.objects();
    assertTrue(ManifestSet.isHook(objects.get(0)), objects.get(0).getKind());
    int lastRank = -1;
    for (HasMetadata o : objects.subList(3, objects.size())) {
      int rank = KindOrder.rank(o.getKind());
      assertTrue(rank >= lastRank, "kind order broken at " + o.getKind());
      lastRank = rank;
    }
    assertEquals(set.uninstallOrder().get(0), objects.get(objects.size() - 1));
  }

  @Test
  void customizersChangeObjectsBeforeRendering() {
    ManifestSet set =
        RunnerManifests.of(config("demo", "kubiya"))
            .customize(
                ManifestCustomizer.ofType(
                        Deployment.class,
                        d ->
                            new DeploymentBuilder(d)
                                .editSpec()
                                .editTemplate()
                                .editSpec()
                                .addNewToleration()
                                .withKey("dedicated")
                                .withOperator("Exists")
                                .endToleration()
                                .endSpec()
                                .endTemplate()
                                .endSpec()
                                .build())
                    .onlyFor(Component.TOOL_MANAGER))
            .customize((component, o) -> o.getKind().equals("CronJob") ? null : o)
            .build();
    assertEquals(
        "dedicated",
        set.find(Deployment.class, "tool-manager")
            .orElseThrow()
            .getSpec()
            .getTemplate()
            .getSpec()
            .getTolerations()
            .get(0)
            .getKey());
    assertTrue(
        set.find(Deployment.class, "agent-manager")
            .orElseThrow()
            .getSpec()
            .getTemplate()
            .getSpec()
            .getTolerations()
            .isEmpty());
    assertTrue(
        set.find("CronJob", "demo-kubiya-runner-helm-updater").isEmpty(),
        "a customizer may drop an object");
    assertTrue(set.toYaml().contains("key: dedicated"));
  }

  @Test
  void namedCustomizersSelectOneObjectByName() {
    ManifestSet set =
        RunnerManifests.of(config("demo", "kubiya"))
            .customize(
                ManifestCustomizer.ofType(
                        Deployment.class,
                        d ->
                            new DeploymentBuilder(d)
                                .editMetadata()
                                .addToAnnotations("picked", "yes")
                                .endMetadata()
                                .build())
                    .named("tool-manager"))
            .build();
    List<String> picked =
        set.objects().stream()
            .filter(
                o ->
                    o.getMetadata().getAnnotations() != null
                        && o.getMetadata().getAnnotations().containsKey("picked"))
            .map(o -> o.getKind() + "/" + o.getMetadata().getName())
            .collect(Collectors.toList());
    assertEquals(List.of("Deployment/tool-manager"), picked);
  }

  @Test
  void podSpecCustomizersChangeEveryWorkloadAndPassOtherObjectsThrough() {
    ManifestSet plain = RunnerManifests.of(config("demo", "kubiya")).build();
    ManifestSet set =
        RunnerManifests.of(config("demo", "kubiya"))
            .customize(
                ManifestCustomizer.podSpec(
                    spec ->
                        new PodSpecBuilder(spec)
                            .addNewToleration()
                            .withKey("dedicated")
                            .withOperator("Exists")
                            .endToleration()
                            .build()))
            // objects lacking the customized part: a Deployment without a template passes through
            .customize(ManifestCustomizer.ofType(Deployment.class, d -> d))
            .build();
    assertEquals(plain.objects().size(), set.objects().size());
    int workloads = 0;
    for (HasMetadata o : set.objects()) {
      PodSpec spec = podSpecOf(o);
      if (spec != null) {
        workloads++;
        assertEquals(
            "dedicated",
            spec.getTolerations().get(spec.getTolerations().size() - 1).getKey(),
            o.getKind() + "/" + o.getMetadata().getName());
      }
    }
    assertTrue(workloads >= 5, "Deployments, DaemonSet and CronJob customized: " + workloads);
    assertEquals(
        plain.find("ConfigMap", "kubiya-runner-alloy-config"),
        set.find("ConfigMap", "kubiya-runner-alloy-config"));
    assertTrue(
        podSpecOf(plain.find(Deployment.class, "tool-manager").orElseThrow())
            .getTolerations()
            .isEmpty(),
        "the builders' objects are copied, not changed in place");

    Deployment bare =
        new DeploymentBuilder().withNewMetadata().withName("bare").endMetadata().build();
    assertEquals(
        bare, ManifestCustomizer.podSpec(spec -> spec).customize(Component.TOOL_MANAGER, bare));
    HasMetadata nameless = new Secret();
    assertEquals(
        nameless,
        ManifestCustomizer.ofType(Secret.class, x -> null)
            .named("x")
            .customize(Component.TOOL_MANAGER, nameless));
  }

  private static PodSpec podSpecOf(HasMetadata o) {
    if (o instanceof Deployment) {
      return ((Deployment) o).getSpec().getTemplate().getSpec();
    }
    if (o instanceof DaemonSet) {
      return ((DaemonSet) o).getSpec().getTemplate().getSpec();
    }
    if (o instanceof CronJob) {
      return ((CronJob) o).getSpec().getJobTemplate().getSpec().getTemplate().getSpec();
    }
    return null;
  }

  @Test
  void invalidConfigIsRefusedWithThePath() {
    InvalidConfigException e =
        assertThrows(
            InvalidConfigException.class,
            () -> RunnerManifests.of(config("demo", "kubiya", "agentManager.replicas=-1")).build());
    assertEquals("agentManager.replicas: must be >= 0, got -1", e.getMessage());
    InvalidConfigException tpl =
        assertThrows(
            InvalidConfigException.class,
            () ->
                RunnerManifests.of(
                        RunnerConfigLoader.create()
                            .release("demo")
                            .namespace("kubiya")
                            .valuesYaml(
                                "t.yaml", "agentManager:\n  env:\n    X: '{{ include \"x\" . }}'\n")
                            .load())
                    .skipValidation()
                    .build());
    assertTrue(
        tpl.getMessage().startsWith("agentManager.env.X: unsupported template expression"),
        tpl.getMessage());
  }

  @Test
  void yamlIsOneDocumentPerObjectAndToStringShowsNoSecrets() {
    ManifestSet set =
        RunnerManifests.of(
                config("demo", "kubiya", "nats.jwt=c2VjcmV0LWp3dA==", "nats.secondJwt=c2Vjb25k"))
            .build();
    String yaml = set.toYaml();
    assertEquals(set.size(), yaml.split("(?m)^---$").length - 1);
    assertFalse(set.toString().contains("c2VjcmV0LWp3dA=="));
    assertTrue(set.toString().contains("Secret/kubiya-runner-nats-creds-runner"));
    assertEquals(
        2,
        set.ofType(Secret.class).stream()
            .filter(s -> s.getMetadata().getName().startsWith("kubiya-runner-nats"))
            .count());
  }

  @Test
  void everyObjectCarriesTheChartLabels() {
    ManifestSet set = RunnerManifests.of(config("demo", "kubiya")).build();
    List<String> missing =
        set.objects().stream()
            .filter(
                o ->
                    o.getMetadata().getLabels() == null
                        || !o.getMetadata().getLabels().containsKey("helm.sh/chart"))
            .map(o -> o.getKind() + "/" + o.getMetadata().getName())
            .collect(Collectors.toList());
    assertEquals(List.of(), missing);
  }
}
