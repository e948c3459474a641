package ai.kubiya.runner.deployer;

import static ai.kubiya.runner.deployer.Fixtures.NS;
import static ai.kubiya.runner.deployer.Fixtures.RELEASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.deployer.PlannedChange.Action;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, cases 3, 4, 8, 9 and 10: what an upgrade deletes comes from the recorded revisions,
 * objects the release does not account for are left and reported, and additions made inside the
 * release's objects show in the plan.
 */
class PruningTest extends MockClusterTest {
  static final String DAEMONSET = "DaemonSet/deployment-x-dagger-engine";

  static List<HasMetadata> without(List<HasMetadata> objects, String kind) {
    objects.removeIf(o -> o.getKind().equals(kind));
    return objects;
  }

  static List<HasMetadata> withToolManager(List<HasMetadata> objects, String tag) {
    objects.removeIf(
        o -> o.getKind().equals("Deployment") && o.getMetadata().getName().equals("tool-manager"));
    objects.add(Fixtures.deployment("tool-manager", "ghcr.io/kubiyabot/tool-manager:" + tag, 1));
    return objects;
  }

  void failNextToolManagerWrite() {
    server
        .expect()
        .put()
        .withPath("/apis/apps/v1/namespaces/kubiya/deployments/tool-manager")
        .andReturn(503, FailureTest.status(503, "ServiceUnavailable"))
        .times(4);
  }

  @Test
  void aHandMadeObjectCarryingTheReleaseLabelsSurvivesAnUpgradeAndIsReported() {
    h.deployer().install(Fixtures.v1Manifest());
    admin
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("made-by-hand")
                .withNamespace(NS)
                .addToLabels(Ownership.selector(RELEASE))
                .endMetadata()
                .addToData("mine", "yes")
                .build())
        .create();

    Plan plan = h.deployer().plan(Fixtures.v2Manifest());
    PlannedChange left = plan.withAction(Action.LEAVE).get(0);
    assertEquals(ObjectRef.of("ConfigMap", NS, "made-by-hand"), left.object());
    assertTrue(left.note().startsWith("carries the release's labels but no revision"), left.note());
    assertTrue(plan.render().contains("= ConfigMap/made-by-hand"), plan.render());

    DeployResult result = h.deployer().upgrade(Fixtures.v2Manifest());

    assertFalse(result.deleted().contains(ObjectRef.of("ConfigMap", NS, "made-by-hand")));
    assertEquals(
        Map.of("mine", "yes"),
        admin.configMaps().inNamespace(NS).withName("made-by-hand").get().getData());
    assertTrue(
        h.events(ProgressEvent.Type.LEFT).stream()
            .anyMatch(e -> e.object().orElseThrow().name().equals("made-by-hand")));
    UninstallResult uninstalled = h.deployer().uninstall(RELEASE);
    assertTrue(
        uninstalled.left().stream().anyMatch(l -> l.what().equals("ConfigMap/made-by-hand")),
        uninstalled.left().toString());
    assertEquals(List.of("ConfigMap/made-by-hand"), List.copyOf(h.live().keySet()));
  }

  @Test
  void anObjectCreatedByAFailedRevisionIsPrunedByTheNextSuccessfulOne() {
    // install with the dagger engine off; upgrade with it on, failing on tool-manager; upgrade
    // with it off, failing again; then a successful upgrade with it off
    h.deployer().install(Fixtures.manifest(without(Fixtures.v1(), "DaemonSet"), "dagger: off"));
    failNextToolManagerWrite();
    assertThrows(
        DeployException.class,
        () ->
            h.deployer()
                .upgrade(
                    Fixtures.manifest(withToolManager(Fixtures.v1(), "v0.3.4"), "dagger: on")));
    assertTrue(h.live().containsKey(DAEMONSET), "the failed revision created the DaemonSet");
    failNextToolManagerWrite();
    assertThrows(
        DeployException.class,
        () ->
            h.deployer()
                .upgrade(
                    Fixtures.manifest(
                        withToolManager(without(Fixtures.v1(), "DaemonSet"), "v0.3.5"),
                        "dagger: off")));
    ReleaseManifest last =
        Fixtures.manifest(
            withToolManager(without(Fixtures.v1(), "DaemonSet"), "v0.3.5"), "dagger: off");

    Plan plan = h.deployer().plan(last);
    assertEquals(
        List.of(ObjectRef.of("DaemonSet", NS, "deployment-x-dagger-engine")),
        plan.withAction(Action.DELETE).stream().map(PlannedChange::object).toList());
    DeployResult result = h.deployer().upgrade(last);

    assertEquals(
        List.of(ObjectRef.of("DaemonSet", NS, "deployment-x-dagger-engine")), result.deleted());
    assertFalse(h.live().containsKey(DAEMONSET));
    assertEquals(
        List.of(
            RevisionStatus.SUPERSEDED,
            RevisionStatus.FAILED,
            RevisionStatus.FAILED,
            RevisionStatus.DEPLOYED),
        h.deployer().history(RELEASE).stream().map(RevisionRecord::status).toList());
  }

  @Test
  void aKeptObjectMakesNoOpUpgradesWriteNothing() {
    List<HasMetadata> v1 = Fixtures.v1();
    v1.stream()
        .filter(o -> o.getKind().equals("CronJob"))
        .findFirst()
        .orElseThrow()
        .getMetadata()
        .setAnnotations(Map.of(Ownership.RESOURCE_POLICY, "keep"));
    h.deployer().install(Fixtures.manifest(v1, "v1"));
    DeployResult upgraded = h.deployer().upgrade(Fixtures.v2Manifest());
    assertEquals(List.of(), upgraded.deleted());
    assertTrue(h.live().containsKey("CronJob/deployment-x-kubiya-runner-helm-updater"));
    h.log.clear();

    DeployResult again = h.deployer().upgrade(Fixtures.v2Manifest());

    assertTrue(again.noop(), again.plan().render());
    assertEquals(List.of(), h.log.writes());
    assertEquals(0, again.plan().withAction(Action.DELETE).size());
    assertEquals(
        List.of(RevisionStatus.SUPERSEDED, RevisionStatus.DEPLOYED),
        h.deployer().history(RELEASE).stream().map(RevisionRecord::status).toList());
  }

  @Test
  void aReleaseLabelRemovedByHandIsAConflictThatNamesTheFixAndUninstallListsTheObject() {
    h.deployer().install(Fixtures.v1Manifest());
    Deployment unlabelled =
        admin.apps().deployments().inNamespace(NS).withName("tool-manager").get();
    unlabelled.getMetadata().getLabels().remove(Ownership.RELEASE_LABEL);
    unlabelled.getMetadata().getLabels().remove(Ownership.NAMESPACE_LABEL);
    admin.resource(unlabelled).update();

    DeployException e =
        assertThrows(DeployException.class, () -> h.deployer().upgrade(Fixtures.v2Manifest()));

    assertEquals(
        "refusing to change objects release deployment-x does not own: "
            + "Deployment/tool-manager exists and"
            + " belongs to no kubiya-runner release, although the history of release "
            + "deployment-x records it: if it is"
            + " this release's and its labels were removed by hand, restore them "
            + "with kubectl label deployment"
            + " tool-manager -n kubiya runner.kubiya.ai/release=deployment-x "
            + "runner.kubiya.ai/release-namespace=kubiya",
        e.getMessage());

    UninstallResult result = h.deployer().uninstall(RELEASE);

    assertTrue(
        result.left().stream()
            .anyMatch(
                l ->
                    l.what().equals("Deployment/tool-manager")
                        && l.reason()
                            .startsWith(
                                "recorded by the release but its release labels were removed")),
        result.left().toString());
    assertEquals(List.of("Deployment/tool-manager"), List.copyOf(h.live().keySet()));
  }

  @Test
  void additionsInsideTheReleaseObjectsShowInThePlanAndAreRepaired() {
    h.deployer().install(Fixtures.v1Manifest());
    ConfigMap config =
        admin.configMaps().inNamespace(NS).withName("kubiya-runner-alloy-config").get();
    config.getData().put("added-by-hand", "x");
    admin.resource(config).update();
    Deployment tm = admin.apps().deployments().inNamespace(NS).withName("tool-manager").get();
    tm.getSpec()
        .getTemplate()
        .getSpec()
        .getContainers()
        .get(0)
        .getEnv()
        .add(new EnvVar("EXTRA", "1", null));
    tm.getSpec()
        .getTemplate()
        .getSpec()
        .getContainers()
        .add(
            new io.fabric8.kubernetes.api.model.ContainerBuilder()
                .withName("sidecar")
                .withImage("proxy:1")
                .build());
    tm.getMetadata().getAnnotations().put("deployment.kubernetes.io/revision", "2");
    admin.resource(tm).update();

    Plan plan = h.deployer().plan(Fixtures.v1Manifest());

    assertEquals(
        List.of(FieldChange.of("data.added-by-hand", Optional.of("x"), Optional.empty())),
        change(plan, "ConfigMap").fields());
    assertEquals(
        List.of(
            "spec.template.spec.containers[name=tool-manager].env[name=EXTRA]",
            "spec.template.spec.containers[name=sidecar]"),
        change(plan, "Deployment").fields().stream().map(FieldChange::path).toList());
    h.deployer().upgrade(Fixtures.v1Manifest());
    assertTrue(
        h.deployer().plan(Fixtures.v1Manifest()).withAction(Action.UPDATE).isEmpty(), "repaired");
    assertEquals(
        Map.of("config.alloy", "prometheus.scrape \"x\" {}\n"),
        admin.configMaps().inNamespace(NS).withName("kubiya-runner-alloy-config").get().getData());
  }

  private static PlannedChange change(Plan plan, String kind) {
    return plan.withAction(Action.UPDATE).stream()
        .filter(c -> c.object().kind().equals(kind))
        .findFirst()
        .orElseThrow();
  }
}
