package ai.kubiya.runner.deployer;

import static ai.kubiya.runner.deployer.Fixtures.NS;
import static ai.kubiya.runner.deployer.Fixtures.RELEASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.deployer.PlannedChange.Action;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class UpgradeTest extends MockClusterTest {

  @Test
  void planShowsCreatesFieldChangesAndDeletesAndWritesNothing() {
    h.deployer().install(Fixtures.v1Manifest());
    h.log.clear();

    Plan plan = h.deployer().plan(Fixtures.v2Manifest());

    assertEquals(List.of(), h.log.writes());
    assertEquals(
        List.of(ObjectRef.of("ConfigMap", NS, "kubiya-runner-extra")), refs(plan, Action.CREATE));
    assertEquals(
        List.of(ObjectRef.of("Deployment", NS, "agent-manager")), refs(plan, Action.UPDATE));
    assertEquals(
        List.of(ObjectRef.of("CronJob", NS, "deployment-x-kubiya-runner-helm-updater")),
        refs(plan, Action.DELETE));
    PlannedChange update = plan.withAction(Action.UPDATE).get(0);
    assertEquals(
        List.of(
            FieldChange.of(
                "spec.template.spec.containers[name=agent-manager].image",
                Optional.of("ghcr.io/kubiyabot/agent-manager:v0.1.4"),
                Optional.of("ghcr.io/kubiyabot/agent-manager:v0.1.5"))),
        update.fields());
    assertTrue(plan.valuesChanged());
    assertTrue(plan.render().contains("~ Deployment/agent-manager"), plan.render());
  }

  @Test
  void planOfAFreshReleaseCreatesEverything() {
    Plan plan = h.deployer().plan(Fixtures.v1Manifest());
    assertEquals(Fixtures.v1().size(), plan.withAction(Action.CREATE).size());
    assertEquals(List.of(), h.log.writes());
  }

  @Test
  void upgradeChangesOnlyWhatChangedAndPrunesWhatDisappeared() {
    h.deployer().install(Fixtures.v1Manifest());
    Map<String, String> before = h.versions();
    h.log.clear();

    DeployResult result = h.deployer().upgrade(Fixtures.v2Manifest());

    assertEquals(2, result.revision());
    assertEquals(Harness.refs(Fixtures.v2()), h.live().keySet());
    Map<String, String> after = h.versions();
    Set<String> changed = new TreeSet<>();
    after.forEach(
        (ref, version) -> {
          if (!version.equals(before.get(ref))) {
            changed.add(ref);
          }
        });
    assertEquals(Set.of("ConfigMap/kubiya-runner-extra", "Deployment/agent-manager"), changed);
    assertEquals(
        List.of(ObjectRef.of("CronJob", NS, "deployment-x-kubiya-runner-helm-updater")),
        result.deleted());
    Deployment am = (Deployment) h.live().get("Deployment/agent-manager");
    assertEquals(
        "ghcr.io/kubiyabot/agent-manager:v0.1.5",
        am.getSpec().getTemplate().getSpec().getContainers().get(0).getImage());
    // record pending + 2 object writes + 1 delete + deployed mark + superseded mark
    List<String> writes = h.log.writes();
    assertEquals(6, writes.size(), "writes: " + writes);
    assertEquals(
        1,
        writes.stream().filter(w -> w.startsWith("DELETE ") && w.contains("/cronjobs/")).count());
    // history + one list per kind of v2 and of the deployed revision (10 kinds, the CronJob's
    // included)
    assertEquals(11, h.log.reads().size(), h.log.reads().toString());
    List<RevisionRecord> history = h.deployer().history(RELEASE);
    assertEquals(
        List.of(RevisionStatus.SUPERSEDED, RevisionStatus.DEPLOYED),
        history.stream().map(RevisionRecord::status).toList());
    assertEquals("Upgrade complete", history.get(1).description());
  }

  @Test
  void installingAnInstalledReleaseWithChangesIsRecordedAsAnUpgrade() {
    h.deployer().install(Fixtures.v1Manifest());
    h.deployer().install(Fixtures.v2Manifest());
    RevisionRecord second = h.deployer().history(RELEASE).get(1);
    assertEquals(RevisionStatus.DEPLOYED, second.status());
    assertEquals("Upgrade complete", second.description());
  }

  @Test
  void noOpUpgradeSendsNoWritesAndAtMostOneListPerKind() {
    h.deployer().install(Fixtures.v1Manifest());
    h.deployer().upgrade(Fixtures.v2Manifest());
    h.log.clear();

    DeployResult result = h.deployer().upgrade(Fixtures.v2Manifest());

    assertTrue(result.noop());
    assertEquals(2, result.revision());
    assertEquals(List.of(), h.log.writes());
    List<String> reads = h.log.reads();
    Set<String> distinct = new TreeSet<>(reads);
    assertEquals(reads.size(), distinct.size(), "no list repeated: " + reads);
    // history + 10 kinds of v2 (the CronJob kind is gone from both v2 and the deployed revision)
    assertEquals(10, reads.size(), "reads: " + reads);
    System.out.printf(
        "no-op upgrade of %d objects: %d writes, %d reads%n",
        Fixtures.v2().size(), h.log.writes().size(), reads.size());
  }

  @Test
  void changedValuesAloneRecordANewRevisionWithoutObjectWrites() {
    h.deployer().install(Fixtures.v1Manifest());
    h.log.clear();
    DeployResult result =
        h.deployer().upgrade(Fixtures.manifest(Fixtures.v1(), "different: values\n"));
    assertFalse(result.noop());
    assertEquals(2, result.revision());
    assertTrue(
        h.log.writes().stream().allMatch(w -> w.contains("/secrets")), h.log.writes().toString());
    assertEquals(
        3, h.log.writes().size(), "record, deployed mark, superseded mark: " + h.log.writes());
  }

  @Test
  void driftMadeByAnotherWriterIsPlannedAndRepaired() {
    h.deployer().install(Fixtures.v1Manifest());
    Deployment drifted = admin.apps().deployments().inNamespace(NS).withName("tool-manager").get();
    drifted.getSpec().setReplicas(5);
    admin.resource(drifted).update();

    Plan plan = h.deployer().plan(Fixtures.v1Manifest());
    assertEquals(
        List.of(FieldChange.of("spec.replicas", Optional.of("5"), Optional.of("1"))),
        plan.withAction(Action.UPDATE).get(0).fields());
    h.deployer().upgrade(Fixtures.v1Manifest());
    assertEquals(1, ((Deployment) h.live().get("Deployment/tool-manager")).getSpec().getReplicas());
  }

  @Test
  void removedFieldsAreShownAndRemoved() {
    h.deployer().install(Fixtures.v1Manifest());
    List<HasMetadata> withoutLogLevel = Fixtures.v1();
    Deployment tm =
        (Deployment)
            withoutLogLevel.stream()
                .filter(o -> o.getMetadata().getName().equals("tool-manager"))
                .findFirst()
                .orElseThrow();
    tm.getSpec()
        .getTemplate()
        .getSpec()
        .getContainers()
        .get(0)
        .getEnv()
        .removeIf(e -> e.getName().equals("LOG_LEVEL"));
    ReleaseManifest desired =
        Fixtures.manifest(withoutLogLevel, Fixtures.v1Manifest().valuesYaml());

    PlannedChange change = h.deployer().plan(desired).withAction(Action.UPDATE).get(0);
    assertEquals(ObjectRef.of("Deployment", NS, "tool-manager"), change.object());
    assertTrue(
        change.fields().stream()
            .anyMatch(f -> f.path().endsWith("env[name=LOG_LEVEL]") && f.after().isEmpty()),
        change.fields().toString());

    h.deployer().upgrade(desired);
    Deployment live = (Deployment) h.live().get("Deployment/tool-manager");
    assertEquals(
        List.of("KUBIYA_API_TOKEN"),
        live.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
            .map(e -> e.getName())
            .toList());
  }

  @Test
  void secretValuesNeverAppearInPlans() {
    h.deployer().install(Fixtures.v1Manifest());
    List<HasMetadata> objects = Fixtures.v1();
    objects.removeIf(o -> o.getMetadata().getName().equals("kubiya-runner-nats-creds-runner"));
    objects.add(
        new SecretBuilder()
            .withNewMetadata()
            .withName("kubiya-runner-nats-creds-runner")
            .endMetadata()
            .addToStringData("nats.creds", "NEW-SECRET-SEED")
            .build());
    List<HasMetadata> withToken = objects;
    Deployment am =
        (Deployment)
            withToken.stream()
                .filter(
                    o ->
                        o instanceof Deployment
                            && o.getMetadata().getName().equals("agent-manager"))
                .findFirst()
                .orElseThrow();
    am.getSpec()
        .getTemplate()
        .getSpec()
        .getContainers()
        .get(0)
        .getEnv()
        .get(1)
        .setValue("token-v2");

    Plan plan = h.deployer().plan(Fixtures.manifest(withToken, ""));
    String text = plan.render() + plan;
    assertFalse(
        text.contains("NEW-SECRET-SEED")
            || text.contains("TkVXLVNFQ1JFVC1TRUVE")
            || text.contains("secret-jwt"),
        text);
    assertFalse(text.contains("token-v1") || text.contains("token-v2"), text);
    assertTrue(text.contains(TreeDiff.REDACTED), text);
  }

  @Test
  void upgradeOfAReleaseThatIsNotInstalledIsRefused() {
    DeployException e =
        assertThrows(DeployException.class, () -> h.deployer().upgrade(Fixtures.v1Manifest()));
    assertEquals(
        "release deployment-x is not installed in namespace kubiya: install it first",
        e.getMessage());
    assertEquals(List.of(), h.log.writes());
  }

  @Test
  void rollbackRestoresThePreviousSet() {
    h.deployer().install(Fixtures.v1Manifest());
    h.deployer().upgrade(Fixtures.v2Manifest());
    Map<String, HasMetadata> v2 = h.live();

    DeployResult result = h.deployer().rollback(RELEASE, 1);

    assertEquals(3, result.revision());
    Map<String, HasMetadata> live = h.live();
    assertEquals(Harness.refs(Fixtures.v1()), live.keySet());
    Deployment am = (Deployment) live.get("Deployment/agent-manager");
    assertEquals(
        "ghcr.io/kubiyabot/agent-manager:v0.1.4",
        am.getSpec().getTemplate().getSpec().getContainers().get(0).getImage());
    assertNotEquals(v2.keySet(), live.keySet());
    List<RevisionRecord> history = h.deployer().history(RELEASE);
    assertEquals(
        List.of(RevisionStatus.SUPERSEDED, RevisionStatus.SUPERSEDED, RevisionStatus.DEPLOYED),
        history.stream().map(RevisionRecord::status).toList());
    assertEquals("Rollback to 1", history.get(2).description());
    assertEquals(Fixtures.v1Manifest().valuesYaml(), history.get(2).valuesYaml());
    // the objects rolled back to are unchanged against revision 1, so rolling back again is a no-op
    assertTrue(h.deployer().rollback(RELEASE, 3).noop());
  }

  @Test
  void rollbackWithoutRevisionGoesToThePreviousDeployedOne() {
    h.deployer().install(Fixtures.v1Manifest());
    h.deployer().upgrade(Fixtures.v2Manifest());
    assertEquals(3, h.deployer().rollback(RELEASE).revision());
    assertEquals(Harness.refs(Fixtures.v1()), h.live().keySet());
  }

  @Test
  void rollbackToAnUnknownRevisionNamesTheKnownOnes() {
    h.deployer().install(Fixtures.v1Manifest());
    DeployException e =
        assertThrows(DeployException.class, () -> h.deployer().rollback(RELEASE, 7));
    assertEquals("release deployment-x has no revision 7 (revisions: 1)", e.getMessage());
  }

  @Test
  void historyIsTrimmedToTheLimit() {
    RunnerDeployer deployer = RunnerDeployer.create(h.client, h.options().historyLimit(2).build());
    deployer.install(Fixtures.v1Manifest());
    deployer.upgrade(Fixtures.v2Manifest());
    deployer.upgrade(Fixtures.v1Manifest());
    assertEquals(
        List.of(2, 3), deployer.history(RELEASE).stream().map(RevisionRecord::revision).toList());
  }

  private static List<ObjectRef> refs(Plan plan, Action action) {
    return plan.withAction(action).stream().map(PlannedChange::object).toList();
  }
}
