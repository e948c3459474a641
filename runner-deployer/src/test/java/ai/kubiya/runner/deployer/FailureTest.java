package ai.kubiya.runner.deployer;

import static ai.kubiya.runner.deployer.Fixtures.NS;
import static ai.kubiya.runner.deployer.Fixtures.RELEASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FailureTest extends MockClusterTest {

  /** Stands for the process dying: not an exception the deployer handles. */
  static final class Crash extends Error {
    private static final long serialVersionUID = 1L;
  }

  static Status status(int code, String reason) {
    return new StatusBuilder()
        .withCode(code)
        .withReason(reason)
        .withMessage("injected " + code)
        .withStatus("Failure")
        .build();
  }

  @Test
  void serverErrorsAndThrottlingMidInstallAreRetried() {
    server
        .expect()
        .post()
        .withPath("/apis/apps/v1/namespaces/kubiya/deployments")
        .andReturn(500, status(500, "InternalError"))
        .times(2);
    server
        .expect()
        .post()
        .withPath("/api/v1/namespaces/kubiya/services")
        .andReturn(429, status(429, "TooManyRequests"))
        .once();

    DeployResult result = h.deployer().install(Fixtures.v1Manifest());

    assertEquals(1, result.revision());
    assertEquals(Harness.refs(Fixtures.v1()), h.live().keySet());
    List<ProgressEvent> retries = h.events(ProgressEvent.Type.RETRYING);
    assertEquals(3, retries.size(), retries.toString());
    assertTrue(retries.get(0).message().contains("HTTP 429"), retries.toString());
    assertTrue(retries.get(1).message().contains("HTTP 500"), retries.toString());
  }

  @Test
  void aConflictOnCreateIsRetried() {
    server
        .expect()
        .post()
        .withPath("/api/v1/namespaces/kubiya/configmaps")
        .andReturn(409, status(409, "AlreadyExists"))
        .once();
    h.deployer().install(Fixtures.v1Manifest());
    assertEquals(Harness.refs(Fixtures.v1()), h.live().keySet());
    assertEquals(1, h.events(ProgressEvent.Type.RETRYING).size());
  }

  @Test
  void droppedConnectionsAreRetried() {
    h.log.dropNext(2, r -> r.startsWith("POST ") && r.endsWith("/rolebindings"));
    h.deployer().install(Fixtures.v1Manifest());
    assertEquals(Harness.refs(Fixtures.v1()), h.live().keySet());
    List<ProgressEvent> retries = h.events(ProgressEvent.Type.RETRYING);
    assertEquals(2, retries.size(), retries.toString());
    assertTrue(
        retries
            .get(0)
            .message()
            .startsWith("apply RoleBinding/kubiya-runner-agent-manager-binding failed"),
        retries.toString());
  }

  @Test
  void requestsThatTimeOutAreRetried() {
    try (KubernetesClient impatient = Clusters.recorded(admin, h.log, 300)) {
      server
          .expect()
          .post()
          .delay(2000)
          .withPath("/api/v1/namespaces/kubiya/serviceaccounts")
          .andReturn(500, status(500, "late"))
          .once();
      RunnerDeployer deployer = RunnerDeployer.create(impatient, h.options().build());
      deployer.install(Fixtures.v1Manifest());
    }
    assertEquals(Harness.refs(Fixtures.v1()), h.live().keySet());
    List<ProgressEvent> retries = h.events(ProgressEvent.Type.RETRYING);
    assertEquals(1, retries.size(), retries.toString());
    assertTrue(
        retries
            .get(0)
            .message()
            .startsWith("apply ServiceAccount/kubiya-runner-agent-manager failed"),
        retries.toString());
  }

  @Test
  void anInstallThatCrashedMidwayConvergesWhenRunAgain() {
    AtomicInteger applied = new AtomicInteger();
    RunnerDeployer crashing =
        RunnerDeployer.create(
            h.client,
            h.options()
                .progressListener(
                    e -> {
                      if (e.type() == ProgressEvent.Type.APPLIED
                          && applied.incrementAndGet() == 5) {
                        throw new Crash();
                      }
                    })
                .build());
    assertThrows(Crash.class, () -> crashing.install(Fixtures.v1Manifest()));
    Map<String, String> partial = h.versions();
    assertEquals(5, partial.size());
    assertEquals(RevisionStatus.PENDING_INSTALL, h.deployer().history(RELEASE).get(0).status());
    h.log.clear();

    DeployResult result = h.deployer().install(Fixtures.v1Manifest());

    assertEquals(2, result.revision());
    assertEquals(Harness.refs(Fixtures.v1()), h.live().keySet());
    Map<String, String> after = h.versions();
    partial.forEach(
        (ref, version) ->
            assertEquals(
                version, after.get(ref), ref + " written before the crash is not rewritten"));
    // mark revision 1 interrupted, record revision 2, the 7 missing objects, mark revision 2
    // deployed
    assertEquals(1 + 1 + 7 + 1, h.log.writes().size(), h.log.writes().toString());
    List<RevisionRecord> history = h.deployer().history(RELEASE);
    assertEquals(RevisionStatus.FAILED, history.get(0).status());
    assertEquals("Interrupted; superseded by revision 2", history.get(0).description());
    assertEquals(RevisionStatus.DEPLOYED, history.get(1).status());
    assertTrue(h.deployer().install(Fixtures.v1Manifest()).noop());
  }

  @Test
  void anUpgradeThatCrashedMidwayConvergesAndPrunesWhenRunAgain() {
    h.deployer().install(Fixtures.v1Manifest());
    RunnerDeployer crashing =
        RunnerDeployer.create(
            h.client,
            h.options()
                .progressListener(
                    e -> {
                      if (e.type() == ProgressEvent.Type.APPLIED) {
                        throw new Crash();
                      }
                    })
                .build());
    assertThrows(Crash.class, () -> crashing.upgrade(Fixtures.v2Manifest()));

    h.deployer().upgrade(Fixtures.v2Manifest());

    assertEquals(Harness.refs(Fixtures.v2()), h.live().keySet());
    assertEquals(
        List.of(RevisionStatus.SUPERSEDED, RevisionStatus.FAILED, RevisionStatus.DEPLOYED),
        h.deployer().history(RELEASE).stream().map(RevisionRecord::status).toList());
  }

  @Test
  void aFailedUpgradeMarksTheRevisionFailedAndLeavesThePreviousObjects() {
    h.deployer().install(Fixtures.v1Manifest());
    server
        .expect()
        .put()
        .withPath("/apis/apps/v1/namespaces/kubiya/deployments/agent-manager")
        .andReturn(503, status(503, "ServiceUnavailable"))
        .times(4);

    DeployException e =
        assertThrows(DeployException.class, () -> h.deployer().upgrade(Fixtures.v2Manifest()));

    assertEquals(
        "revision 2 of deployment-x failed: apply Deployment/agent-manager: HTTP "
            + "503 ServiceUnavailable: injected 503",
        e.getMessage());
    assertEquals(2, e.revision().orElseThrow());
    List<RevisionRecord> history = h.deployer().history(RELEASE);
    assertEquals(
        List.of(RevisionStatus.DEPLOYED, RevisionStatus.FAILED),
        history.stream().map(RevisionRecord::status).toList());
    assertEquals(
        "apply Deployment/agent-manager: HTTP 503 ServiceUnavailable: injected 503",
        history.get(1).description());
    assertTrue(
        h.live().containsKey("CronJob/deployment-x-kubiya-runner-helm-updater"),
        "nothing pruned after a failure");
    assertEquals(
        "ghcr.io/kubiyabot/agent-manager:v0.1.4", Harness.image(h.live(), "agent-manager"));
    assertEquals(3, h.events(ProgressEvent.Type.RETRYING).size());

    // once the server recovers the same upgrade converges
    DeployResult retried = h.deployer().upgrade(Fixtures.v2Manifest());
    assertEquals(3, retried.revision());
    assertEquals(Harness.refs(Fixtures.v2()), h.live().keySet());
    assertEquals(
        List.of(RevisionStatus.SUPERSEDED, RevisionStatus.FAILED, RevisionStatus.DEPLOYED),
        h.deployer().history(RELEASE).stream().map(RevisionRecord::status).toList());
  }

  @Test
  void waitingEndsWhenTheWorkloadsAreReady() {
    AtomicInteger marks = new AtomicInteger();
    RunnerDeployer deployer =
        RunnerDeployer.create(
            h.client,
            h.options()
                .waitForReady(true)
                .progressListener(
                    e -> {
                      h.events.add(e);
                      if (e.type() == ProgressEvent.Type.WAITING && marks.getAndIncrement() == 0) {
                        Kubelet.markReady(admin, NS);
                      }
                    })
                .build());

    deployer.install(Fixtures.v1Manifest());

    List<String> ready =
        h.events(ProgressEvent.Type.READY).stream()
            .map(e -> e.object().orElseThrow().toString())
            .sorted()
            .toList();
    assertEquals(
        List.of(
            "CronJob/deployment-x-kubiya-runner-helm-updater",
            "DaemonSet/deployment-x-dagger-engine",
            "Deployment/agent-manager",
            "Deployment/tool-manager"),
        ready);
    assertEquals(RevisionStatus.DEPLOYED, h.deployer().history(RELEASE).get(0).status());
  }

  @Test
  void waitingPastTheTimeoutFailsTheRevisionAndSaysWhatIsNotReady() {
    RunnerDeployer deployer =
        RunnerDeployer.create(
            h.client, h.options().waitForReady(true).waitTimeout(Duration.ofMillis(300)).build());

    DeployException e =
        assertThrows(DeployException.class, () -> deployer.install(Fixtures.v1Manifest()));

    assertEquals(
        "revision 1 of deployment-x failed: timed out after 300ms waiting for "
            + "DaemonSet/deployment-x-dagger-engine (not scheduled yet), "
            + "Deployment/agent-manager (rollout not observed yet), "
            + "Deployment/tool-manager (rollout not observed yet)",
        e.getMessage());
    assertEquals(RevisionStatus.FAILED, h.deployer().history(RELEASE).get(0).status());
    assertFalse(h.live().isEmpty(), "the objects stay for inspection");
  }
}
