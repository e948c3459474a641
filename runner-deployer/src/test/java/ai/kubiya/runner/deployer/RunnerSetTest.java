package ai.kubiya.runner.deployer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.deployer.PlannedChange.Action;
import ai.kubiya.runner.manifests.ManifestSet;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The deployer on the real runner set that {@code RunnerManifests} renders from the chart defaults.
 */
class RunnerSetTest extends MockClusterTest {
  static final ReleaseId RELEASE = ReleaseId.of("deployment-x", "kubiya");

  static RunnerConfig config(String... sets) {
    return RunnerConfigLoader.create()
        .release(RELEASE.name())
        .namespace(RELEASE.namespace())
        .sets(List.of(sets))
        .load();
  }

  /** Every object the deployer wrote, read back per kind of the rendered set, keyed by ref. */
  Map<String, HasMetadata> live(ManifestSet rendered) {
    Map<String, HasMetadata> live = new TreeMap<>();
    Set<Class<? extends HasMetadata>> kinds =
        rendered.objects().stream().map(HasMetadata::getClass).collect(Collectors.toSet());
    for (Class<? extends HasMetadata> kind : kinds) {
      boolean namespaced = io.fabric8.kubernetes.api.model.Namespaced.class.isAssignableFrom(kind);
      var resources = admin.resources(kind);
      List<? extends HasMetadata> items =
          namespaced
              ? resources
                  .inNamespace(RELEASE.namespace())
                  .withLabels(Ownership.selector(RELEASE))
                  .list()
                  .getItems()
              : resources.withLabels(Ownership.selector(RELEASE)).list().getItems();
      items.forEach(o -> live.put(ObjectRef.of(o).toString(), o));
    }
    return live;
  }

  @Test
  void installOfTheDefaultRunnerCreatesExactlyTheRenderedSetAndASecondInstallWritesNothing() {
    RunnerConfig config = config();
    ReleaseManifest desired = ReleaseManifest.render(config);
    ManifestSet rendered = desired.manifests();
    assertTrue(rendered.find("Deployment", "agent-manager").isPresent(), rendered.toString());

    DeployResult first = h.deployer().install(config);
    int writes = h.log.writes().size();
    int reads = h.log.reads().size();
    Set<String> kinds =
        rendered.objects().stream()
            .map(HasMetadata::getKind)
            .collect(Collectors.toCollection(TreeSet::new));

    assertEquals(Harness.refs(rendered.objects()), live(rendered).keySet());
    assertEquals(rendered.size(), first.applied().size());
    assertEquals(rendered.size() + 2, writes, "one write per object plus the two history writes");
    assertEquals(kinds.size() + 1, reads, "one list per kind plus the history list");
    List<String> applied =
        h.events(ProgressEvent.Type.APPLIED).stream()
            .map(e -> e.object().orElseThrow().kind() + "/" + e.object().orElseThrow().name())
            .toList();
    List<String> hooks =
        rendered.objects().stream()
            .filter(ManifestSet::isHook)
            .map(o -> ObjectRef.of(o).toString())
            .toList();
    assertTrue(hooks.contains("Secret/registry-tls-secret"), hooks.toString());
    assertEquals(hooks, applied.subList(0, hooks.size()), "the chart's hook secrets go first");
    h.log.clear();

    DeployResult second = h.deployer().install(config());

    assertTrue(second.noop());
    assertEquals(List.of(), h.log.writes());
    assertTrue(h.log.reads().size() <= kinds.size() + 1, h.log.reads().toString());
    System.out.printf(
        "default runner: %d objects of %d kinds; install %d writes + %d reads; "
            + "no-op upgrade %d writes + %d reads%n",
        rendered.size(), kinds.size(), writes, reads, h.log.writes().size(), h.log.reads().size());
  }

  @Test
  void anImageTagUpgradeChangesOnlyThatDeploymentAndDisablingTheImageUpdaterPrunesIt() {
    h.deployer().install(config());
    Map<String, String> before = versions(ReleaseManifest.render(config()).manifests());

    Plan plan =
        h.deployer()
            .plan(config("agentManager.image.tag=v9.9.9", "imageUpdater.cronJob.create=false"));
    assertEquals(
        List.of("Deployment/agent-manager"),
        plan.withAction(Action.UPDATE).stream().map(c -> c.object().toString()).toList());
    assertTrue(
        plan.withAction(Action.UPDATE).get(0).fields().stream()
            .anyMatch(f -> f.after().orElse("").endsWith(":v9.9.9")),
        plan.render());
    assertTrue(
        plan.withAction(Action.DELETE).stream().anyMatch(c -> c.object().kind().equals("CronJob")),
        plan.render());

    DeployResult result =
        h.deployer()
            .upgrade(config("agentManager.image.tag=v9.9.9", "imageUpdater.cronJob.create=false"));

    ManifestSet after =
        ReleaseManifest.render(
                config("agentManager.image.tag=v9.9.9", "imageUpdater.cronJob.create=false"))
            .manifests();
    Map<String, String> now = versions(after);
    Set<String> changed =
        now.entrySet().stream()
            .filter(e -> !e.getValue().equals(before.get(e.getKey())))
            .map(Map.Entry::getKey)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of("Deployment/agent-manager"), changed);
    assertEquals(Harness.refs(after.objects()), live(after).keySet());
    assertEquals(
        plan.withAction(Action.DELETE).stream().map(PlannedChange::object).toList(),
        result.deleted());
  }

  @Test
  void aSecondRunnerOnTheClusterClashesOnTheChartsFixedClusterScopedNames() {
    h.deployer().install(config());
    RunnerConfig other = RunnerConfigLoader.create().release("other").namespace("team-b").load();

    DeployException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            DeployException.class, () -> h.deployer().install(other));

    assertTrue(
        e.getMessage().startsWith("refusing to change objects release other does not own: "),
        e.getMessage());
    assertTrue(
        e.getMessage()
            .contains(
                "ClusterRole/kubiya-runner-tool-manager-cluster-pvc-access belongs "
                    + "to release kubiya/deployment-x"),
        e.getMessage());
  }

  private Map<String, String> versions(ManifestSet set) {
    Map<String, String> versions = new TreeMap<>();
    live(set).forEach((ref, o) -> versions.put(ref, o.getMetadata().getResourceVersion()));
    return versions;
  }
}
