package ai.kubiya.runner.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.model.values.RunnerConfigLoader;
import org.junit.jupiter.api.Test;

/** The two naming modes of cluster-scoped objects. */
class ClusterScopedNamesTest {
  private static RunnerNames names(String release, String... sets) {
    RunnerConfigLoader loader = RunnerConfigLoader.create().release(release).namespace("kubiya");
    for (String s : sets) {
      loader.set(s);
    }
    return RunnerNames.of(loader.load());
  }

  @Test
  void chartModeKeepsTheName() {
    assertEquals(
        "kubiya-runner-image-updater-clusterrole",
        ClusterScopedNames.CHART.name(
            "kubiya-runner-image-updater-clusterrole", names("demo"), "team-a"));
  }

  @Test
  void releaseModeJoinsFullnameNamespaceAndComponent() {
    assertEquals(
        "demo-kubiya-runner-team-a-image-updater-clusterrole",
        ClusterScopedNames.RELEASE.name(
            "kubiya-runner-image-updater-clusterrole", names("demo"), "team-a"));
    assertEquals(
        "demo-kubiya-runner-team-a-demo-alloy",
        ClusterScopedNames.RELEASE.name("demo-alloy", names("demo"), "team-a"));
    assertEquals(
        "tenant-x-team-a-tool-manager-fullaccess",
        ClusterScopedNames.RELEASE.name(
            "custom-tool-manager-fullaccess",
            names("demo", "nameOverride=custom", "fullnameOverride=tenant-x"),
            "team-a"),
        "the chart name's prefix is the chart's name helper, overrides included");
  }

  @Test
  void tooLongNamesAreCutAndHashed() {
    String name =
        ClusterScopedNames.RELEASE.name(
            "kubiya-runner-tool-manager-cluster-pvc-access-binding", names("demo"), "team-a");
    assertEquals(63, name.length(), name);
    assertTrue(name.startsWith("demo-kubiya-runner-team-a-tool-manager-cluster-pvc-ac"), name);
    assertTrue(name.matches(".*[a-z0-9]-[0-9a-f]{8}"), name);
    assertEquals(
        name,
        ClusterScopedNames.RELEASE.name(
            "kubiya-runner-tool-manager-cluster-pvc-access-binding", names("demo"), "team-a"),
        "stable");
    assertNotEquals(
        name,
        ClusterScopedNames.RELEASE.name(
            "kubiya-runner-tool-manager-cluster-pvc-access-binding", names("demo"), "team-b"));
  }
}
