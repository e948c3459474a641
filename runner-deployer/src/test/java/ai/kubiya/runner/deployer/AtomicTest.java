package ai.kubiya.runner.deployer;

import static ai.kubiya.runner.deployer.Fixtures.NS;
import static ai.kubiya.runner.deployer.Fixtures.RELEASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.deployer.AtomicDeployException.Recovery;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --atomic}: a failed install or upgrade is undone and the history tells the story. */
class AtomicTest extends MockClusterTest {

  private void failDeploymentWrites(String name) {
    server
        .expect()
        .put()
        .withPath("/apis/apps/v1/namespaces/" + NS + "/deployments/" + name)
        .andReturn(500, FailureTest.status(500, "InternalError"))
        .times(4);
  }

  @Test
  void aFailedUpgradeIsRolledBackToThePreviousRevision() {
    RunnerDeployer deployer = h.deployer();
    deployer.install(Fixtures.v1Manifest());
    failDeploymentWrites("agent-manager");

    AtomicDeployException e =
        assertThrows(
            AtomicDeployException.class, () -> deployer.atomic().upgrade(Fixtures.v2Manifest()));

    assertEquals(Recovery.ROLLED_BACK, e.recovery());
    assertEquals(2, e.failedRevision().getAsInt());
    assertEquals(3, e.rollbackRevision().getAsInt());
    assertTrue(
        e.getMessage()
            .startsWith("revision 2 of deployment-x failed: apply Deployment/agent-manager: "),
        e.getMessage());
    assertTrue(
        e.getMessage().endsWith("; rolled back to revision 1 as revision 3"), e.getMessage());
    assertEquals(
        Harness.refs(Fixtures.v1()),
        h.live().keySet(),
        "v1's objects, the new ConfigMap pruned, the CronJob kept");
    assertEquals(
        "ghcr.io/kubiyabot/agent-manager:v0.1.4", Harness.image(h.live(), "agent-manager"));
    List<RevisionRecord> history = deployer.history(RELEASE);
    assertEquals(
        List.of(RevisionStatus.SUPERSEDED, RevisionStatus.FAILED, RevisionStatus.DEPLOYED),
        history.stream().map(RevisionRecord::status).toList());
    assertEquals("Rollback to 1", history.get(2).description());
    assertTrue(history.get(1).description().contains("HTTP 500"), history.get(1).description());
  }

  @Test
  void aFailedFirstInstallIsUninstalledAndTheFailureRecorded() {
    server
        .expect()
        .post()
        .withPath("/apis/apps/v1/namespaces/" + NS + "/deployments")
        .andReturn(500, FailureTest.status(500, "InternalError"))
        .times(4);

    AtomicDeployException e =
        assertThrows(
            AtomicDeployException.class,
            () -> h.deployer().atomic().install(Fixtures.v1Manifest()));

    assertEquals(Recovery.UNINSTALLED, e.recovery());
    assertTrue(
        e.getMessage()
            .matches(
                "revision 1 of deployment-x failed: .*; uninstalled the failed install "
                    + "\\(\\d+ objects deleted, history kept\\)"),
        e.getMessage());
    assertEquals(List.of(), List.copyOf(h.live().keySet()));
    List<RevisionRecord> history = h.deployer().history(RELEASE);
    assertEquals(1, history.size());
    assertEquals(RevisionStatus.UNINSTALLED, history.get(0).status());
    assertTrue(
        history.get(0).description().startsWith("Install failed and was uninstalled (atomic): "),
        history.get(0).description());
    assertEquals(
        1, h.deployer().install(Fixtures.v1Manifest()).revision() - 1, "a later install converges");
  }

  @Test
  void aWaitTimeoutOfAFirstInstallIsUndoneToo() {
    RunnerDeployer deployer =
        RunnerDeployer.create(
            h.client, h.options().waitForReady(true).waitTimeout(Duration.ofMillis(200)).build());

    AtomicDeployException e =
        assertThrows(
            AtomicDeployException.class, () -> deployer.atomic().install(Fixtures.v1Manifest()));

    assertEquals(Recovery.UNINSTALLED, e.recovery());
    assertTrue(e.getMessage().contains("timed out after 200ms"), e.getMessage());
    assertEquals(List.of(), List.copyOf(h.live().keySet()));
  }

  @Test
  void aRefusalBeforeAnyWriteHasNothingToUndo() {
    admin
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("kubiya-runner-alloy-config")
                .withNamespace(NS)
                .endMetadata()
                .build())
        .create();

    AtomicDeployException e =
        assertThrows(
            AtomicDeployException.class,
            () -> h.deployer().atomic().install(Fixtures.v1Manifest()));

    assertEquals(Recovery.NOTHING_WRITTEN, e.recovery());
    assertTrue(
        e.getMessage().endsWith("; nothing was written, nothing to roll back"), e.getMessage());
    assertEquals(List.of(), h.log.writes());
  }

  @Test
  void aSuccessfulAtomicUpgradeIsAnUpgrade() {
    RunnerDeployer deployer = h.deployer();
    deployer.atomic().install(Fixtures.v1Manifest());
    assertEquals(2, deployer.atomic().upgrade(Fixtures.v2Manifest()).revision());
    assertEquals(Harness.refs(Fixtures.v2()), h.live().keySet());
  }
}
