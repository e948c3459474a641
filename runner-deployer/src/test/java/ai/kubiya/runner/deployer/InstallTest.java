package ai.kubiya.runner.deployer;

import static ai.kubiya.runner.deployer.Fixtures.NS;
import static ai.kubiya.runner.deployer.Fixtures.RELEASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstallTest extends MockClusterTest {

  @Test
  void installCreatesExactlyTheRenderedSetStampedWithTheRelease() {
    DeployResult result = h.deployer().install(Fixtures.v1Manifest());

    assertEquals(1, result.revision());
    assertFalse(result.noop());
    Map<String, HasMetadata> live = h.live();
    assertEquals(Harness.refs(Fixtures.v1()), live.keySet());
    live.values()
        .forEach(o -> assertTrue(Ownership.ownedBy(o, RELEASE), o + " carries the release labels"));
    live.values()
        .forEach(
            o ->
                assertTrue(
                    Ownership.appliedDigest(o).startsWith("sha256:"), o + " carries its digest"));
    Secret nats = (Secret) live.get("Secret/kubiya-runner-nats-creds-runner");
    assertEquals(
        "-----BEGIN NATS USER JWT-----secret-jwt",
        new String(
            Base64.getDecoder().decode(nats.getData().get("nats.creds")), StandardCharsets.UTF_8));
    Deployment am = (Deployment) live.get("Deployment/agent-manager");
    assertEquals(
        "ghcr.io/kubiyabot/agent-manager:v0.1.4",
        am.getSpec().getTemplate().getSpec().getContainers().get(0).getImage());
    List<RevisionRecord> history = h.deployer().history(RELEASE);
    assertEquals(1, history.size());
    assertEquals(RevisionStatus.DEPLOYED, history.get(0).status());
    assertEquals("0.6.2", history.get(0).chartVersion());
    assertEquals(Fixtures.v1Manifest().valuesYaml(), history.get(0).valuesYaml());
  }

  @Test
  void objectsAreWrittenHookSecretsFirstThenInHelmKindOrder() {
    h.deployer().install(Fixtures.v1Manifest());
    List<String> applied =
        h.events(ProgressEvent.Type.APPLIED).stream()
            .map(e -> e.object().orElseThrow().toString())
            .toList();
    assertEquals(
        List.of(
            "Secret/kubiya-runner-nats-creds-runner",
            "Secret/registry-tls-secret",
            "ServiceAccount/kubiya-runner-agent-manager",
            "ConfigMap/kubiya-runner-alloy-config",
            "ClusterRole/kubiya-runner-tool-manager-cluster-pvc-access",
            "Role/kubiya-runner-agent-manager",
            "RoleBinding/kubiya-runner-agent-manager-binding",
            "Service/agent-manager",
            "DaemonSet/deployment-x-dagger-engine",
            "Deployment/agent-manager",
            "Deployment/tool-manager",
            "CronJob/deployment-x-kubiya-runner-helm-updater"),
        applied);
    List<String> posts = h.log.writes().stream().filter(w -> w.startsWith("POST")).toList();
    assertTrue(
        posts.get(1).endsWith("/secrets") && posts.get(2).endsWith("/secrets"),
        "hook secrets are the first objects sent: " + posts);
  }

  @Test
  void installSendsOneWritePerObjectPlusTwoHistoryWritesAndOneListPerKind() {
    int objects = Fixtures.v1().size();
    h.deployer().install(Fixtures.v1Manifest());

    List<String> writes = h.log.writes();
    List<String> reads = h.log.reads();
    // the pending revision record first, the deployed mark last, one write per object between
    assertEquals(objects + 2, writes.size(), "writes: " + writes);
    assertEquals("POST /api/v1/namespaces/kubiya/secrets", writes.get(0));
    assertEquals(
        "PUT /api/v1/namespaces/kubiya/secrets/kubiya-runner.v1.deployment-x.v1",
        writes.get(writes.size() - 1));
    assertTrue(
        writes.subList(1, objects + 1).stream().allMatch(w -> w.startsWith("POST ")),
        "writes: " + writes);
    // 1 history list + 1 list per kind (10 kinds in the fixture)
    assertEquals(11, reads.size(), "reads: " + reads);
    assertTrue(
        reads.stream().allMatch(r -> r.contains("labelSelector=")), "reads are lists: " + reads);
    // the locks: the release's lease and, for the ClusterRole, the cluster-objects lease, each
    // read,
    // created and released
    assertEquals(
        List.of(
            "GET /apis/coordination.k8s.io/v1/namespaces/kubiya/leases/"
                + "kubiya-runner.lock.deployment-x",
            "POST /apis/coordination.k8s.io/v1/namespaces/kubiya/leases",
            "GET /apis/coordination.k8s.io/v1/namespaces/kube-system/leases/"
                + "kubiya-runner.cluster-objects",
            "POST /apis/coordination.k8s.io/v1/namespaces/kube-system/leases",
            "PUT /apis/coordination.k8s.io/v1/namespaces/kube-system/leases/"
                + "kubiya-runner.cluster-objects",
            "PUT /apis/coordination.k8s.io/v1/namespaces/kubiya/leases/"
                + "kubiya-runner.lock.deployment-x"),
        h.log.leaseRequests());
    System.out.printf(
        "install of %d objects: %d writes, %d reads%n", objects, writes.size(), reads.size());
  }

  @Test
  void secondInstallChangesNothingAndWritesNothing() {
    h.deployer().install(Fixtures.v1Manifest());
    Map<String, String> versions = h.versions();
    h.log.clear();

    DeployResult again = h.deployer().install(Fixtures.v1Manifest());

    assertTrue(again.noop());
    assertEquals(1, again.revision());
    assertEquals(List.of(), h.log.writes());
    assertEquals(
        11,
        h.log.reads().size(),
        "one history list and at most one list per kind: " + h.log.reads());
    assertEquals(versions, h.versions());
    assertEquals(1, h.deployer().history(RELEASE).size());
    assertEquals(
        Fixtures.v1().size(), again.plan().withAction(PlannedChange.Action.UNCHANGED).size());
  }

  @Test
  void serverSideApplyIsTriedFirstAndTheFallbackIsRemembered() {
    RunnerDeployer deployer =
        RunnerDeployer.create(h.client, h.options().applyMode(ApplyMode.AUTO).build());
    deployer.install(Fixtures.v1Manifest());

    List<String> patches =
        h.log.writes().stream()
            .filter(w -> w.startsWith("PATCH") && w.contains("fieldManager=kubiya-runner-sdk"))
            .toList();
    assertEquals(
        1, patches.size(), "one rejected apply, then create-or-replace: " + h.log.writes());
    assertTrue(deployer.usesApplyFallback());
    assertEquals(Harness.refs(Fixtures.v1()), h.live().keySet());
  }

  @Test
  void namespacedObjectsWithoutNamespaceGoToTheReleaseNamespace() {
    h.deployer().install(Fixtures.v1Manifest());
    assertEquals(NS, h.live().get("Deployment/tool-manager").getMetadata().getNamespace());
  }
}
