package ai.kubiya.runner.deployer.helm;

import static ai.kubiya.runner.deployer.helm.HelmFixtures.record;
import static ai.kubiya.runner.deployer.helm.HelmFixtures.withStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.deployer.DeployOptions;
import ai.kubiya.runner.deployer.DeployResult;
import ai.kubiya.runner.deployer.ReleaseId;
import ai.kubiya.runner.deployer.ReleaseStatus;
import ai.kubiya.runner.deployer.RevisionRecord;
import ai.kubiya.runner.deployer.RevisionStatus;
import ai.kubiya.runner.deployer.RunnerDeployer;
import ai.kubiya.runner.deployer.UninstallResult;
import ai.kubiya.runner.deployer.helm.AdoptionStep.Action;
import ai.kubiya.runner.model.RunnerConfig;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Adoption of Helm-installed runners on fabric8's CRUD mock server, seeded with real Helm records
 * and the objects of their manifests. The mock has no server-side apply, so every write is the
 * update path (PUT with the live resourceVersion and uid).
 */
class HelmAdoptionTest extends HelmMockTest {
  private static final ReleaseId ACME = ReleaseId.of("acme-prod", "runners");
  private static final ReleaseId TEAM_B = ReleaseId.of("team-b", "ops");

  private HelmAdoption adoption() {
    return HelmAdoption.create(cluster.client, options());
  }

  private static ImmutableAdoptionRequest request(ReleaseId release) {
    return AdoptionRequest.builder().release(release.name()).namespace(release.namespace()).build();
  }

  /** Every object of the Helm revision as it is on the cluster now, by Kind/name. */
  private Map<String, HasMetadata> liveObjectsOf(ObjectNode record) {
    Map<String, HasMetadata> live = new TreeMap<>();
    List<HasMetadata> objects = new java.util.ArrayList<>(HelmFixtures.manifestObjects(record));
    objects.addAll(HelmFixtures.hookObjects(record));
    for (HasMetadata object : objects) {
      HasMetadata current = admin.resource(object).get();
      if (current != null) {
        live.put(object.getKind() + "/" + object.getMetadata().getName(), current);
      }
    }
    return live;
  }

  private static Map<String, String> uids(Map<String, HasMetadata> objects) {
    Map<String, String> uids = new TreeMap<>();
    objects.forEach((ref, o) -> uids.put(ref, o.getMetadata().getUid()));
    return uids;
  }

  private void assertTakenOver(Map<String, HasMetadata> objects, ReleaseId release) {
    objects.forEach(
        (ref, object) -> {
          Map<String, String> labels = object.getMetadata().getLabels();
          assertEquals(release.name(), labels.get("runner.kubiya.ai/release"), ref);
          assertEquals(release.namespace(), labels.get("runner.kubiya.ai/release-namespace"), ref);
          assertEquals("kubiya-runner-sdk", labels.get("app.kubernetes.io/managed-by"), ref);
          Map<String, String> annotations = object.getMetadata().getAnnotations();
          assertFalse(annotations.containsKey("meta.helm.sh/release-name"), ref);
          assertFalse(annotations.containsKey("meta.helm.sh/release-namespace"), ref);
          assertTrue(annotations.containsKey("runner.kubiya.ai/applied-digest"), ref);
        });
  }

  private Secret helmRecord(ReleaseId release, int revision) {
    return admin
        .secrets()
        .inNamespace(release.namespace())
        .withName("sh.helm.release.v1." + release.name() + ".v" + revision)
        .get();
  }

  @Test
  void adoptsInPlaceWithoutDeleteOrCreateAndTheDeployerTakesOver() {
    ObjectNode nats = record("nats");
    HelmFixtures.install(admin, false, nats);
    Map<String, HasMetadata> before = liveObjectsOf(nats);
    assertEquals(40, before.size());

    AdoptionPlan plan = adoption().adopt(request(ACME));

    // Request counts of one adoption (reported in the README).
    List<String> writes = cluster.writes();
    System.out.printf(
        "adoption of %s: %d reads, %d writes (%d PUT, %d POST, %d DELETE)%n",
        ACME,
        cluster.reads().size(),
        writes.size(),
        count(writes, "PUT "),
        count(writes, "POST "),
        count(writes, "DELETE "));
    assertEquals(0, count(writes, "DELETE ") + count(writes, "PATCH "), writes::toString);
    assertEquals(
        List.of("POST /api/v1/namespaces/runners/secrets"), // the SDK's revision record
        writes.stream().filter(w -> w.startsWith("POST ")).toList());
    assertEquals(40 + 1, count(writes, "PUT ")); // every object + Helm's record
    assertEquals(15, cluster.reads().size(), cluster.reads()::toString);

    Map<String, HasMetadata> after = liveObjectsOf(nats);
    assertEquals(uids(before), uids(after));
    assertTakenOver(after, ACME);
    assertEquals(
        Set.of(
            "kubiya-runner-nats-creds-runner",
            "kubiya-runner-nats-creds-customer",
            "registry-tls-secret",
            "sh.helm.release.v1.acme-prod.v1",
            "kubiya-runner.v1.acme-prod.v1"),
        admin.secrets().inNamespace("runners").list().getItems().stream()
            .map(s -> s.getMetadata().getName())
            .collect(Collectors.toSet()));

    assertEquals(
        Set.of(
            "ConfigMap/kubiya-runner-alloy-config",
            "DaemonSet/acme-prod-dagger-engine",
            "Deployment/kubiya-operator",
            "Deployment/agent-manager",
            "Deployment/tool-manager",
            "Deployment/acme-prod-kubestatemetrics",
            "CronJob/acme-prod-kubiya-runner-helm-updater"),
        refs(plan.withAction(Action.TAKE_OVER_AND_UPDATE)));
    assertTrue(
        plan.render().contains("env[name=KUBIYA_RUNNER_NAME].value:  -> acme-prod"), plan::render);
    assertTrue(plan.withAction(Action.CREATE).isEmpty());

    Secret helm = helmRecord(ACME, 1);
    assertEquals("superseded", helm.getMetadata().getLabels().get("status"));
    assertEquals("helm", helm.getMetadata().getLabels().get("owner"));
    HelmRevision retired = HelmReleases.create(admin).get("acme-prod", "runners").latest();
    assertEquals(HelmStatus.SUPERSEDED, retired.status());
    assertEquals(HelmFixtures.JSON.convertValue(nats.get("config"), Map.class), retired.values());

    RunnerDeployer deployer = RunnerDeployer.create(cluster.client, options());
    List<RevisionRecord> history = deployer.history(ACME);
    assertEquals(1, history.size());
    assertEquals(1, history.get(0).revision());
    assertEquals(RevisionStatus.DEPLOYED, history.get(0).status());
    assertEquals("adopted from Helm release acme-prod revision 1", history.get(0).description());

    // The deployer now owns the release: a no-op upgrade writes nothing but its own lock Leases
    // (taken and released around every operation; see the deployer README).
    RunnerConfig config = HelmValues.config(retired, List.of(), List.of());
    cluster.clear();
    DeployResult noop = deployer.upgrade(config);
    assertTrue(noop.noop());
    assertEquals(
        List.of(),
        cluster.writes().stream()
            .filter(w -> !w.contains(" /apis/coordination.k8s.io/v1/namespaces/"))
            .collect(java.util.stream.Collectors.toList()));

    ReleaseStatus status = deployer.status(ACME);
    assertFalse(status.components().isEmpty());

    DeployResult upgraded =
        deployer.upgrade(HelmValues.config(retired, List.of(), List.of("agentManager.replicas=4")));
    assertEquals(2, upgraded.revision());
    assertEquals(
        4,
        admin
            .apps()
            .deployments()
            .inNamespace("runners")
            .withName("agent-manager")
            .get()
            .getSpec()
            .getReplicas());
    DeployResult rolledBack = deployer.rollback(ACME, 1);
    assertEquals(3, rolledBack.revision());
    Deployment agentManager =
        admin.apps().deployments().inNamespace("runners").withName("agent-manager").get();
    assertEquals(2, agentManager.getSpec().getReplicas());
    assertEquals(
        before.get("Deployment/agent-manager").getMetadata().getUid(),
        agentManager.getMetadata().getUid());

    UninstallResult removed = deployer.uninstall(ACME);
    assertEquals(40, removed.deleted().size());
    assertTrue(liveObjectsOf(nats).isEmpty());
    assertNotNull(helmRecord(ACME, 1)); // Helm's history is left for the user
  }

  private static Set<String> refs(List<AdoptionStep> steps) {
    return steps.stream()
        .map(s -> s.object().toString())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static long count(List<String> requests, String prefix) {
    return requests.stream().filter(r -> r.startsWith(prefix)).count();
  }

  @Test
  void adoptionWaitsForTheReleasesLockAndGivesUpNamingTheHolderBeforeWritingAnything() {
    ObjectNode nats = record("nats");
    HelmFixtures.install(admin, false, nats);
    Map<String, String> uids = uids(liveObjectsOf(nats));
    java.time.ZonedDateTime now = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC);
    admin
        .resource(
            new io.fabric8.kubernetes.api.model.coordination.v1.LeaseBuilder()
                .withNewMetadata()
                .withName("kubiya-runner.lock.acme-prod")
                .withNamespace("runners")
                .endMetadata()
                .withNewSpec()
                .withHolderIdentity("ops@host-b pid 7")
                .withAcquireTime(now)
                .withRenewTime(now)
                .withLeaseDurationSeconds(30)
                .endSpec()
                .build())
        .create();
    HelmAdoption patient =
        HelmAdoption.create(
            cluster.client,
            DeployOptions.builder().from(options()).lockWait(Duration.ofMillis(200)).build());

    HelmException e = assertThrows(HelmException.class, () -> patient.adopt(request(ACME)));

    assertTrue(
        e.getMessage()
            .startsWith(
                "adopt runners/acme-prod: release runners/acme-prod is locked by"
                    + " ops@host-b pid 7"),
        e.getMessage());
    assertEquals(List.of(), cluster.writes(), "nothing written while the lock was held");
    assertEquals(uids, uids(liveObjectsOf(nats)));

    // once the other operation is done, the adoption goes through and lets the lock go
    admin.leases().inNamespace("runners").withName("kubiya-runner.lock.acme-prod").delete();
    AdoptionPlan plan = patient.adopt(request(ACME));
    assertTrue(plan.steps().size() > 0, plan::render);
    assertTakenOver(liveObjectsOf(nats), ACME);
    assertNull(
        admin
            .leases()
            .inNamespace("runners")
            .withName("kubiya-runner.lock.acme-prod")
            .get()
            .getSpec()
            .getHolderIdentity(),
        "released after the adoption");
    assertFalse(cluster.leaseRequests().isEmpty(), "the adoption took the lock");
  }

  @Test
  void dryRunPlansAndWritesNothing() {
    HelmFixtures.install(admin, false, record("plain"));
    AdoptionPlan plan = adoption().adopt(request(ReleaseId.of("plain", "kubiya")).withDryRun(true));
    assertEquals(38, plan.steps().size());
    assertTrue(plan.recordsRevision());
    String text = plan.render();
    for (String line :
        List.of(
            "= ServiceAccount/kubiya-runner-operator (ownership only)",
            "record SDK revision 1: adopted from Helm release plain revision 1",
            "mark Helm records superseded: Secret kubiya/sh.helm.release.v1.plain.v1")) {
      assertTrue(text.contains(line), text);
    }
    assertEquals(List.of(), cluster.writes());
    assertEquals(14, cluster.reads().size(), cluster.reads()::toString);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"failed", "pending-upgrade", "pending-rollback", "uninstalling", "uninstalled"})
  void refusesAReleaseWhoseLatestRevisionIsNotDeployed(String status) {
    ObjectNode fourth = withStatus(record("history-3"), status);
    fourth.put("version", 4);
    ObjectNode third = withStatus(record("history-3"), "superseded");
    HelmFixtures.install(admin, false, record("history-1"), record("history-2"), third, fourth);

    HelmException e = assertThrows(HelmException.class, () -> adoption().adopt(request(TEAM_B)));
    assertEquals(
        "Helm release ops/team-b revision 4 is "
            + status
            + ", not deployed (Secret ops/sh.helm.release.v1.team-b.v4): only a deployed release"
            + " can be adopted; finish or roll it back with helm first",
        e.getMessage());
    assertEquals(List.of(), cluster.writes());
  }

  @Test
  void refusesWhenAnObjectBelongsToSomethingElse() {
    ObjectNode plain = record("plain");
    HelmFixtures.install(admin, false, plain);
    var service = admin.services().inNamespace("kubiya").withName("tool-manager");
    service.edit(
        s -> {
          s.getMetadata().getAnnotations().put("meta.helm.sh/release-name", "other");
          return s;
        });
    var role = admin.rbac().roles().inNamespace("kubiya").withName("kubiya-runner-operator");
    role.edit(
        r -> {
          r.getMetadata().getLabels().put("runner.kubiya.ai/release", "team-c");
          r.getMetadata().getLabels().put("runner.kubiya.ai/release-namespace", "kubiya");
          return r;
        });

    HelmException e =
        assertThrows(
            HelmException.class, () -> adoption().adopt(request(ReleaseId.of("plain", "kubiya"))));
    assertEquals(
        "refusing to adopt Helm release kubiya/plain: objects it would take belong to something"
            + " else: Role/kubiya-runner-operator belongs to release kubiya/team-c;"
            + " Service/tool-manager belongs to Helm release kubiya/other",
        e.getMessage());
    assertEquals(List.of(), cluster.writes());
  }

  @Test
  void refusesAnotherChartOrVersion() {
    ObjectNode plain = record("plain");
    plain.withObjectProperty("chart").withObjectProperty("metadata").put("version", "0.7.0");
    HelmFixtures.install(admin, false, plain);
    HelmException e =
        assertThrows(
            HelmException.class, () -> adoption().adopt(request(ReleaseId.of("plain", "kubiya"))));
    assertEquals(
        "Helm release kubiya/plain revision 1 is chart kubiya-runner 0.7.0: only kubiya-runner"
            + " 0.6.x can be adopted",
        e.getMessage());
    assertEquals(List.of(), cluster.writes());
  }

  @Test
  void refusesValuesThatFailValidation() {
    HelmFixtures.install(admin, false, record("nats"));
    AdoptionRequest bad = request(ACME).withSets(List.of("agentManager.replicas=-1"));
    HelmException e = assertThrows(HelmException.class, () -> adoption().adopt(bad));
    assertTrue(
        e.getMessage()
            .contains("fail validation: ERROR agentManager.replicas: must be >= 0, got -1"),
        e.getMessage());
    HelmFixtures.CANARIES.forEach(c -> assertFalse(e.getMessage().contains(c), c));
    assertEquals(List.of(), cluster.writes());
  }

  @Test
  void adoptsTheDeployedRevisionOfAReleaseWithHistoryAndKeepsOlderRecords() {
    HelmFixtures.install(
        admin, false, record("history-1"), record("history-2"), record("history-3"));
    AdoptionPlan plan = adoption().adopt(request(TEAM_B));
    assertEquals(3, plan.helmRevision());
    assertEquals(List.of("Secret ops/sh.helm.release.v1.team-b.v3"), plan.helmRecords());
    assertTakenOver(liveObjectsOf(record("history-3")), TEAM_B);
    for (int n = 1; n <= 3; n++) {
      assertEquals("superseded", helmRecord(TEAM_B, n).getMetadata().getLabels().get("status"));
    }
    Deployment toolManager =
        admin.apps().deployments().inNamespace("ops").withName("tool-manager").get();
    assertTrue(
        toolManager
            .getSpec()
            .getTemplate()
            .getSpec()
            .getContainers()
            .get(0)
            .getImage()
            .endsWith(":v0.9.9"));
    assertEquals(
        3,
        admin
            .apps()
            .deployments()
            .inNamespace("ops")
            .withName("agent-manager")
            .get()
            .getSpec()
            .getReplicas());
    assertEquals(
        "adopted from Helm release team-b revision 3",
        RunnerDeployer.create(cluster.client, options()).history(TEAM_B).get(0).description());
  }

  @Test
  void purgeDeletesHelmsRecordsOnly() {
    HelmFixtures.install(
        admin, false, record("history-1"), record("history-2"), record("history-3"));
    adoption().adopt(request(TEAM_B).withPurgeHelmHistory(true));
    assertEquals(
        List.of(
            "DELETE /api/v1/namespaces/ops/secrets/sh.helm.release.v1.team-b.v1",
            "DELETE /api/v1/namespaces/ops/secrets/sh.helm.release.v1.team-b.v2",
            "DELETE /api/v1/namespaces/ops/secrets/sh.helm.release.v1.team-b.v3"),
        cluster.writes().stream().filter(w -> w.startsWith("DELETE ")).toList());
    assertTrue(HelmReleases.create(admin).find("team-b", "ops").isEmpty());
    assertEquals(
        HelmFixtures.manifestObjects(record("history-3")).size() + 1,
        liveObjectsOf(record("history-3")).size());
  }

  @Test
  void adoptsFromTheConfigMapDriver() {
    HelmFixtures.install(admin, true, record("plain"));
    adoption().adopt(request(ReleaseId.of("plain", "kubiya")));
    assertEquals(
        "superseded",
        admin
            .configMaps()
            .inNamespace("kubiya")
            .withName("sh.helm.release.v1.plain.v1")
            .get()
            .getMetadata()
            .getLabels()
            .get("status"));
    assertEquals(
        HelmStatus.SUPERSEDED, HelmReleases.create(admin).get("plain", "kubiya").latest().status());
    assertTakenOver(liveObjectsOf(record("plain")), ReleaseId.of("plain", "kubiya"));
  }

  @Test
  void runningAgainAfterAnInterruptionConverges() {
    ObjectNode nats = record("nats");
    HelmFixtures.install(admin, false, nats);
    Map<String, String> uids = uids(liveObjectsOf(nats));

    cluster.failAfter(12, r -> r.startsWith("PUT "));
    HelmException e = assertThrows(HelmException.class, () -> adoption().adopt(request(ACME)));
    assertTrue(e.getMessage().contains("run the adoption again to carry on"), e.getMessage());
    cluster.stopFailing();
    assertEquals(
        HelmStatus.DEPLOYED,
        HelmReleases.create(admin).get("acme-prod", "runners").latest().status());

    cluster.clear();
    AdoptionPlan resumed = adoption().adopt(request(ACME));
    assertEquals(12, resumed.withAction(Action.ALREADY_TAKEN_OVER).size());
    assertEquals(40 - 12 + 1, count(cluster.writes(), "PUT "));
    assertEquals(uids, uids(liveObjectsOf(nats)));
    assertTakenOver(liveObjectsOf(nats), ACME);

    // Once done, running it again changes nothing.
    cluster.clear();
    AdoptionPlan again = adoption().adopt(request(ACME));
    assertTrue(again.isDone(), again::render);
    assertEquals(List.of(), cluster.writes());
    assertEquals(14, cluster.reads().size(), cluster.reads()::toString);
  }

  @Test
  void carriesOnWhenOnlyHelmsRecordWasLeft() {
    ObjectNode plain = record("plain");
    HelmFixtures.install(admin, false, plain);
    cluster.failAfter(
        0, r -> r.startsWith("PUT /api/v1/namespaces/kubiya/secrets/sh.helm.release"));
    assertThrows(
        HelmException.class, () -> adoption().adopt(request(ReleaseId.of("plain", "kubiya"))));
    cluster.stopFailing();
    assertEquals(
        HelmStatus.DEPLOYED, HelmReleases.create(admin).get("plain", "kubiya").latest().status());

    cluster.clear();
    AdoptionPlan resumed = adoption().adopt(request(ReleaseId.of("plain", "kubiya")));
    assertEquals(38, resumed.withAction(Action.ALREADY_TAKEN_OVER).size());
    assertFalse(resumed.recordsRevision());
    assertEquals(
        List.of(
            "GET /api/v1/namespaces/kubiya/secrets/sh.helm.release.v1.plain.v1",
            "PUT /api/v1/namespaces/kubiya/secrets/sh.helm.release.v1.plain.v1"),
        cluster.all().stream().filter(r -> r.contains("sh.helm.release.v1.plain.v1")).toList());
    assertEquals(
        List.of("PUT /api/v1/namespaces/kubiya/secrets/sh.helm.release.v1.plain.v1"),
        cluster.writes());
  }
}
