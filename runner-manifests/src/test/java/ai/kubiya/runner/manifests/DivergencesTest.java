package ai.kubiya.runner.manifests;

import static ai.kubiya.runner.manifests.Renders.container;
import static ai.kubiya.runner.manifests.Renders.deployment;
import static ai.kubiya.runner.manifests.Renders.env;
import static ai.kubiya.runner.manifests.Renders.render;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The documented fixes of chart defects (docs/divergences.md), one test each. */
class DivergencesTest {
  @Test
  void runnerNameReachesToolManager() {
    Container tm =
        container(deployment(render("organization=acme"), "tool-manager"), "tool-manager");
    assertEquals("demo", env(tm, "KUBIYA_RUNNER_NAME"));
    assertEquals("acme.demo", env(tm, "KUBIYA_GROUP_NAME"));

    Container overridden =
        container(
            deployment(
                render("organization=acme", "runnerNameOverride=metrics-test"), "tool-manager"),
            "tool-manager");
    assertEquals("metrics-test", env(overridden, "KUBIYA_RUNNER_NAME"));
    assertEquals("acme.metrics-test", env(overridden, "KUBIYA_GROUP_NAME"));

    Container explicit =
        container(
            deployment(render("organization=acme", "runner_name=chosen"), "tool-manager"),
            "tool-manager");
    assertEquals(
        "chosen", env(explicit, "KUBIYA_RUNNER_NAME"), "a runner_name set in the values wins");
  }

  @Test
  void daggerMountPathsAreRendered() {
    assertEquals(
        List.of("/var/lib/dagger-1234", "/var/run/buildkit-1234", "/etc/dagger/engine.toml"),
        mountPaths(render("uuid=1234")));
    assertEquals(
        List.of("/var/lib/dagger", "/var/run/buildkit", "/etc/dagger/engine.toml"),
        mountPaths(render("dagger.volumeMountsPostfix=")));
  }

  private static List<String> mountPaths(ManifestSet set) {
    DaemonSet ds = set.find(DaemonSet.class, "demo-dagger-engine").orElseThrow();
    return ds.getSpec().getTemplate().getSpec().getContainers().get(0).getVolumeMounts().stream()
        .map(VolumeMount::getMountPath)
        .collect(Collectors.toList());
  }
}
