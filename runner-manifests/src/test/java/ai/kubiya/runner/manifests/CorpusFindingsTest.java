package ai.kubiya.runner.manifests;

import static ai.kubiya.runner.manifests.Renders.container;
import static ai.kubiya.runner.manifests.Renders.deployment;
import static ai.kubiya.runner.manifests.Renders.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The SDK defects the Helm-generated conformance corpus revealed (conformance/render-cases/gen-*),
 * each pinned by a focused test.
 */
class CorpusFindingsTest {
  private static PodSpec daggerPod(ManifestSet set) {
    return set.ofType(DaemonSet.class).stream()
        .filter(d -> d.getMetadata().getName().endsWith("dagger-engine"))
        .findFirst()
        .orElseThrow()
        .getSpec()
        .getTemplate()
        .getSpec();
  }

  @Test
  void subchartTolerationsNodeSelectorsAndAffinityReachThePods() {
    ManifestSet set =
        render(
            "kubestatemetrics.tolerations[0].key=dedicated",
            "kubestatemetrics.tolerations[0].operator=Exists",
            "kubestatemetrics.nodeSelector.pool=system",
            "alloy.controller.tolerations[0].key=gpu",
            "alloy.controller.tolerations[0].operator=Equal",
            "alloy.controller.tolerations[0].value=yes",
            "alloy.controller.tolerations[0].effect=NoSchedule",
            "dagger.engine.tolerations[0].key=dagger-runner",
            "dagger.engine.tolerations[0].operator=Exists");
    PodSpec ksm = deployment(set, "demo-kubestatemetrics").getSpec().getTemplate().getSpec();
    assertEquals(
        List.of("dedicated"), ksm.getTolerations().stream().map(Toleration::getKey).toList());
    assertEquals(Map.of("pool", "system"), ksm.getNodeSelector());
    Toleration alloy =
        deployment(set, "demo-alloy").getSpec().getTemplate().getSpec().getTolerations().get(0);
    assertEquals(
        List.of("gpu", "Equal", "yes", "NoSchedule"),
        List.of(alloy.getKey(), alloy.getOperator(), alloy.getValue(), alloy.getEffect()));
    assertEquals("dagger-runner", daggerPod(set).getTolerations().get(0).getKey());
    assertTrue(
        deployment(render(), "demo-kubestatemetrics")
            .getSpec()
            .getTemplate()
            .getSpec()
            .getTolerations()
            .isEmpty());
  }

  @Test
  void aMalformedTolerationNamesItsPath() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> render("kubestatemetrics.tolerations=notalist"));
    assertEquals("kubestatemetrics.tolerations: not a valid tolerations value", e.getMessage());
  }

  @Test
  void kubeStateMetricsTelemetryFlagsDoNotNeedSelfMonitor() {
    Container off =
        container(
            deployment(
                render("kubestatemetrics.selfMonitor.enabled=false"), "demo-kubestatemetrics"),
            "kubestatemetrics");
    assertTrue(
        off.getArgs().containsAll(List.of("--telemetry-host=0.0.0.0", "--telemetry-port=8081")),
        off.getArgs()::toString);
    assertEquals(8081, off.getReadinessProbe().getHttpGet().getPort().getIntVal());
    assertEquals(List.of("http"), off.getPorts().stream().map(p -> p.getName()).toList());
    Container on = container(deployment(render(), "demo-kubestatemetrics"), "kubestatemetrics");
    assertEquals(List.of("http", "metrics"), on.getPorts().stream().map(p -> p.getName()).toList());
  }

  @Test
  void toolManagerServiceTargetsTheContainerPort() {
    Service svc =
        render("toolManager.containerPort=3005", "toolManager.service.targetPort=3002")
            .find(Service.class, "tool-manager")
            .orElseThrow();
    assertEquals(3005, svc.getSpec().getPorts().get(0).getTargetPort().getIntVal());
  }

  @Test
  void daggerWithoutItsOwnServiceAccountRunsAsDefaultOrTheExistingOne() {
    assertEquals(
        "default",
        daggerPod(render("dagger.engine.newServiceAccount.create=false")).getServiceAccountName());
    assertEquals(
        "builder",
        daggerPod(
                render(
                    "dagger.engine.newServiceAccount.create=false",
                    "dagger.engine.existingServiceAccount.name=builder"))
            .getServiceAccountName());
  }
}
