package ai.kubiya.runner.deployer;

import static ai.kubiya.runner.deployer.Fixtures.NS;
import static ai.kubiya.runner.deployer.Fixtures.RELEASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OwnershipTest extends MockClusterTest {

  @Test
  void aNameClashWithAForeignObjectIsRefusedBeforeAnyWrite() {
    ConfigMap foreign =
        admin
            .resource(
                new ConfigMapBuilder()
                    .withNewMetadata()
                    .withName("kubiya-runner-alloy-config")
                    .withNamespace(NS)
                    .endMetadata()
                    .addToData("mine", "yes")
                    .build())
            .create();

    DeployException e =
        assertThrows(DeployException.class, () -> h.deployer().install(Fixtures.v1Manifest()));

    assertEquals(
        "refusing to change objects release deployment-x does not own: "
            + "ConfigMap/kubiya-runner-alloy-config exists and belongs to no kubiya-runner release",
        e.getMessage());
    assertEquals(List.of(), h.log.writes());
    ConfigMap after =
        admin.configMaps().inNamespace(NS).withName("kubiya-runner-alloy-config").get();
    assertEquals(
        foreign.getMetadata().getResourceVersion(), after.getMetadata().getResourceVersion());
    assertEquals(Map.of("mine", "yes"), after.getData());
  }

  @Test
  void aClusterScopedObjectOfTheSameReleaseNameInAnotherNamespaceIsAClash() {
    admin
        .resource(
            new ClusterRoleBuilder()
                .withNewMetadata()
                .withName("kubiya-runner-tool-manager-cluster-pvc-access")
                .addToLabels(Ownership.RELEASE_LABEL, "deployment-x")
                .addToLabels(Ownership.NAMESPACE_LABEL, "team-b")
                .endMetadata()
                .build())
        .create();

    Plan plan = h.deployer().plan(Fixtures.v1Manifest());
    assertTrue(plan.hasConflicts());
    assertEquals(
        "belongs to release team-b/deployment-x",
        plan.withAction(PlannedChange.Action.CONFLICT).get(0).note());
    DeployException install =
        assertThrows(DeployException.class, () -> h.deployer().install(Fixtures.v1Manifest()));
    assertTrue(
        install
            .getMessage()
            .contains(
                "ClusterRole/kubiya-runner-tool-manager-cluster-pvc-access belongs "
                    + "to release team-b/deployment-x"),
        install.getMessage());
  }

  @Test
  void foreignObjectsAreNeverModifiedOrDeleted() {
    List<HasMetadata> foreign =
        List.of(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("user-config")
                .withNamespace(NS)
                .endMetadata()
                .addToData("a", "1")
                .build(),
            Fixtures.deployment("user-app", "nginx:1", 1),
            new ClusterRoleBuilder()
                .withNewMetadata()
                .withName("other-release-role")
                .addToLabels(Ownership.RELEASE_LABEL, "deployment-x")
                .addToLabels(Ownership.NAMESPACE_LABEL, "team-b")
                .endMetadata()
                .build(),
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("other-release-config")
                .withNamespace(NS)
                .addToLabels(Ownership.RELEASE_LABEL, "other")
                .addToLabels(Ownership.NAMESPACE_LABEL, NS)
                .endMetadata()
                .build());
    foreign.get(1).getMetadata().setNamespace(NS);
    foreign.forEach(o -> admin.resource(o).create());
    Map<String, String> before = foreignVersions(foreign);

    h.deployer().install(Fixtures.v1Manifest());
    h.deployer().upgrade(Fixtures.v2Manifest());
    h.deployer().rollback(RELEASE, 1);
    h.deployer().uninstall(RELEASE);

    assertEquals(before, foreignVersions(foreign));
    assertTrue(
        h.log.writes().stream()
            .noneMatch(
                w ->
                    w.contains("user-config")
                        || w.contains("user-app")
                        || w.contains("other-release")),
        h.log.writes().toString());
  }

  private Map<String, String> foreignVersions(List<HasMetadata> foreign) {
    Map<String, String> versions = new TreeMap<>();
    for (HasMetadata o : foreign) {
      HasMetadata live = admin.resource(o).get();
      versions.put(
          ObjectRef.of(o).toString(),
          live == null ? "deleted" : live.getMetadata().getResourceVersion());
    }
    return versions;
  }

  @Test
  void uninstallRemovesTheReleaseObjectsInReverseKindOrderAndSaysWhatItLeft() {
    h.deployer().install(Fixtures.v1Manifest());
    h.events.clear();

    UninstallResult result = h.deployer().uninstall(RELEASE);

    assertEquals(Map.of(), h.live());
    List<String> deleted = result.deleted().stream().map(ObjectRef::toString).toList();
    assertEquals("CronJob/deployment-x-kubiya-runner-helm-updater", deleted.get(0));
    assertEquals("Secret/kubiya-runner-nats-creds-runner", deleted.get(deleted.size() - 1));
    assertEquals(Fixtures.v1().size(), deleted.size());
    assertTrue(result.historyKept());
    assertEquals(
        List.of(
            "1 revision records (Secrets kubiya-runner.v1.deployment-x.v*)",
            "Lease/kubiya-runner.lock.deployment-x",
            "Namespace/kubiya"),
        result.left().stream().map(UninstallResult.Leftover::what).toList());
    assertEquals(null, releaseLockHolder(), "the lock kept with the history is released");
    List<RevisionRecord> history = h.deployer().history(RELEASE);
    assertEquals(RevisionStatus.UNINSTALLED, history.get(0).status());
    // the release can be installed again, as a new revision
    assertEquals(2, h.deployer().install(Fixtures.v1Manifest()).revision());
  }

  @Test
  void uninstallWithPurgeDeletesTheHistory() {
    h.deployer().install(Fixtures.v1Manifest());
    h.deployer().upgrade(Fixtures.v2Manifest());
    UninstallResult result = h.deployer().uninstall(RELEASE, HistoryRetention.DELETE);
    assertFalse(result.historyKept());
    assertEquals(List.of(), h.deployer().history(RELEASE));
    assertEquals(List.of(), admin.secrets().inNamespace(NS).list().getItems());
    assertEquals(List.of("Namespace/kubiya"), result.left().stream().map(l -> l.what()).toList());
    assertEquals(
        List.of(ReleaseLocks.CLUSTER_LEASE),
        admin.leases().inAnyNamespace().list().getItems().stream()
            .map(l -> l.getMetadata().getName())
            .toList(),
        "the release's lock is deleted with it; the cluster-wide one, shared, stays");
  }

  @Test
  void thePurgedReleasesLockIsDeletedOnlyAtTheVersionThisHolderLastWrote() throws Exception {
    h.deployer().install(Fixtures.v1Manifest());
    // the first delete of the lease conflicts (as when a renewal's answer was lost): the deployer
    // reads the lease again and, still its holder, deletes it at the version it reads
    server
        .expect()
        .delete()
        .withPath("/apis/coordination.k8s.io/v1/namespaces/kubiya/leases/" + LEASE)
        .andReturn(409, FailureTest.status(409, "Conflict"))
        .once();
    while (server.takeRequest(0, java.util.concurrent.TimeUnit.SECONDS) != null) {
      // forget the install's requests
    }

    h.deployer().uninstall(RELEASE, HistoryRetention.DELETE);

    assertEquals(null, admin.leases().inNamespace(NS).withName(LEASE).get());
    List<String> deletes = new java.util.ArrayList<>();
    io.fabric8.mockwebserver.http.RecordedRequest request;
    while ((request = server.takeRequest(0, java.util.concurrent.TimeUnit.SECONDS)) != null) {
      if (request.getMethod().equals("DELETE") && request.getPath().endsWith("/leases/" + LEASE)) {
        deletes.add(request.getUtf8Body());
      }
    }
    assertEquals(2, deletes.size(), deletes.toString());
    for (String body : deletes) {
      assertTrue(
          body.matches(".*\"preconditions\":\\{\"resourceVersion\":\"[0-9]+\"}.*"),
          "a delete without the version this holder last wrote: " + body);
    }
  }

  private static final String LEASE = "kubiya-runner.lock.deployment-x";

  @Test
  void objectsAnnotatedKeepAreLeftOnUninstall() {
    List<HasMetadata> objects = Fixtures.v1();
    objects.stream()
        .filter(o -> o.getKind().equals("ConfigMap"))
        .findFirst()
        .orElseThrow()
        .getMetadata()
        .setAnnotations(Map.of(Ownership.RESOURCE_POLICY, "keep"));
    h.deployer().install(Fixtures.manifest(objects, ""));
    UninstallResult result = h.deployer().uninstall(RELEASE);
    assertEquals(List.of("ConfigMap/kubiya-runner-alloy-config"), List.copyOf(h.live().keySet()));
    assertEquals("ConfigMap/kubiya-runner-alloy-config", result.left().get(0).what());
  }

  @Test
  void uninstallOfAnUnknownReleaseSaysSo() {
    DeployException e = assertThrows(DeployException.class, () -> h.deployer().uninstall(RELEASE));
    assertEquals("release deployment-x not found in namespace kubiya", e.getMessage());
  }
}
