package ai.kubiya.runner.deployer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.deployer.PlannedChange.Action;
import ai.kubiya.runner.deployer.output.DeployerJson;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import ai.kubiya.runner.naming.ClusterScopedNames;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Several runners on one cluster with {@link ClusterScopedNames#RELEASE}, and {@code list}. */
class MultiRunnerTest extends MockClusterTest {
  private static final List<String> NAMESPACES = List.of("team-a", "team-b", "team-c");

  static RunnerConfig config(String release, String namespace) {
    return RunnerConfigLoader.create().release(release).namespace(namespace).load();
  }

  private Set<String> clusterRoles() {
    Set<String> names = new HashSet<>();
    admin
        .rbac()
        .clusterRoles()
        .list()
        .getItems()
        .forEach(r -> names.add(r.getMetadata().getName()));
    admin
        .rbac()
        .clusterRoleBindings()
        .list()
        .getItems()
        .forEach(r -> names.add("binding:" + r.getMetadata().getName()));
    return names;
  }

  @Test
  void threeRunnersWithReleaseScopedNamesCoexistAndAreListed() throws Exception {
    RunnerDeployer deployer = h.deployer();
    int perRunner = 0;
    for (String namespace : NAMESPACES) {
      ReleaseManifest desired =
          ReleaseManifest.render(config("runner", namespace), ClusterScopedNames.RELEASE);
      perRunner =
          (int)
              desired.manifests().objects().stream()
                  .map(HasMetadata::getKind)
                  .filter(k -> k.startsWith("ClusterRole"))
                  .count();
      assertEquals(1, deployer.install(desired).revision());
    }
    assertTrue(perRunner >= 6, "cluster-scoped objects per runner: " + perRunner);
    assertEquals(3 * perRunner, clusterRoles().size(), clusterRoles().toString());

    List<ReleaseSummary> all = deployer.listAll();
    assertEquals(NAMESPACES, all.stream().map(s -> s.release().namespace()).toList());
    for (ReleaseSummary s : all) {
      assertEquals("runner", s.release().name());
      assertEquals(1, s.revision());
      assertEquals(RevisionStatus.DEPLOYED, s.status());
      assertEquals(ReleaseManifest.CHART_VERSION, s.chartVersion());
      assertTrue(s.images().get("agent-manager").contains("agent-manager:"), s.images().toString());
    }
    assertEquals(
        List.of(ReleaseId.of("runner", "team-b")),
        deployer.list("team-b").stream().map(ReleaseSummary::release).toList());
    assertEquals(List.of(), deployer.list("elsewhere"));

    JsonNode json = new ObjectMapper().readTree(DeployerJson.toJson(DeployerJson.releases(all)));
    assertEquals(3, json.size());
    for (JsonNode release : json) {
      for (String field :
          List.of("name", "namespace", "revision", "status", "updated", "chartVersion", "images")) {
        assertTrue(release.has(field), field + " missing in " + release);
      }
      assertEquals("deployed", release.get("status").asText());
      assertTrue(release.get("revision").isInt());
    }
  }

  @Test
  void withChartNamesTheSecondRunnerIsRefusedNamingTheClashingObject() {
    RunnerDeployer deployer = h.deployer();
    deployer.install(ReleaseManifest.render(config("runner", "team-a")));
    int writes = h.log.writes().size();

    DeployException e =
        assertThrows(
            DeployException.class,
            () ->
                deployer.install(
                    ReleaseManifest.render(config("runner", "team-b"), ClusterScopedNames.CHART)));

    assertTrue(
        e.getMessage().startsWith("refusing to change objects release runner does not own: "),
        e.getMessage());
    assertTrue(
        e.getMessage()
            .contains(
                "ClusterRole/kubiya-runner-tool-manager-cluster-pvc-access "
                    + "belongs to release team-a/runner"),
        e.getMessage());
    assertEquals(writes, h.log.writes().size(), "nothing written");
    assertEquals(List.of(), deployer.list("team-b"));
  }

  @Test
  void switchingAnInstalledReleaseBetweenModesIsAPlannedChange() {
    RunnerDeployer deployer = h.deployer();
    RunnerConfig config = config("runner", "team-a");
    deployer.install(ReleaseManifest.render(config, ClusterScopedNames.CHART));
    Set<String> chartNames = clusterRoles();

    ReleaseManifest switched = ReleaseManifest.render(config, ClusterScopedNames.RELEASE);
    Plan plan = deployer.plan(switched);
    Set<String> created =
        plan.withAction(Action.CREATE).stream()
            .map(c -> c.object().toString())
            .collect(Collectors.toSet());
    Set<String> deleted =
        plan.withAction(Action.DELETE).stream()
            .map(c -> c.object().toString())
            .collect(Collectors.toSet());
    Set<String> expectedCreated =
        switched.manifests().objects().stream()
            .filter(o -> o.getKind().startsWith("ClusterRole"))
            .map(o -> ObjectRef.of(o).toString())
            .collect(Collectors.toSet());
    assertEquals(expectedCreated, created);
    assertEquals(chartNames.size(), deleted.size(), deleted.toString());
    assertTrue(
        deleted.contains("ClusterRole/kubiya-runner-tool-manager-cluster-pvc-access"),
        deleted.toString());
    assertTrue(
        plan.render().contains("- ClusterRole/kubiya-runner-image-updater-clusterrole"),
        plan.render());

    assertEquals(2, deployer.upgrade(switched).revision());
    Set<String> after = clusterRoles();
    after.retainAll(chartNames);
    assertEquals(Set.of(), after, "the chart's names are gone");
    assertEquals(expectedCreated.size(), clusterRoles().size());
  }
}
