package ai.kubiya.runner.deployer;

import static ai.kubiya.runner.deployer.Fixtures.NS;
import static ai.kubiya.runner.deployer.Fixtures.RELEASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, cases 5, 6, 7 and 11: the history stays consistent whatever fails. */
class HistoryIntegrityTest extends MockClusterTest {
  static final String V1_SECRET =
      "/api/v1/namespaces/kubiya/secrets/kubiya-runner.v1.deployment-x.v1";
  static final String V2_SECRET =
      "/api/v1/namespaces/kubiya/secrets/kubiya-runner.v1.deployment-x.v2";

  List<RevisionStatus> statuses() {
    return h.deployer().history(RELEASE).stream().map(RevisionRecord::status).toList();
  }

  @Test
  void serverErrorsOnThePreviousRevisionLeaveExactlyOneDeployedRevision() {
    h.deployer().install(Fixtures.v1Manifest());
    server
        .expect()
        .put()
        .withPath(V1_SECRET)
        .andReturn(500, FailureTest.status(500, "InternalError"))
        .times(4);

    DeployException e =
        assertThrows(DeployException.class, () -> h.deployer().upgrade(Fixtures.v2Manifest()));

    assertEquals(
        "revision 2 of deployment-x failed: mark revision 1 superseded: HTTP "
            + "500 InternalError: injected 500",
        e.getMessage());
    assertEquals(List.of(RevisionStatus.DEPLOYED, RevisionStatus.FAILED), statuses());
    // running it again is not "no changes": it records and deploys revision 3
    DeployResult again = h.deployer().upgrade(Fixtures.v2Manifest());
    assertFalse(again.noop());
    assertEquals(
        List.of(RevisionStatus.SUPERSEDED, RevisionStatus.FAILED, RevisionStatus.DEPLOYED),
        statuses());
  }

  @Test
  void aFailureMarkingTheNewRevisionDeployedNeverLeavesTwoDeployed() {
    h.deployer().install(Fixtures.v1Manifest());
    server
        .expect()
        .put()
        .withPath(V2_SECRET)
        .andReturn(500, FailureTest.status(500, "InternalError"))
        .times(4);

    assertThrows(DeployException.class, () -> h.deployer().upgrade(Fixtures.v2Manifest()));

    List<RevisionStatus> after = statuses();
    assertTrue(
        after.stream().filter(s -> s == RevisionStatus.DEPLOYED).count() <= 1, after.toString());
    assertEquals(List.of(RevisionStatus.SUPERSEDED, RevisionStatus.FAILED), after);
    assertEquals(3, h.deployer().upgrade(Fixtures.v2Manifest()).revision());
    assertEquals(
        List.of(RevisionStatus.SUPERSEDED, RevisionStatus.FAILED, RevisionStatus.DEPLOYED),
        statuses());
  }

  @Test
  void aRevisionChangedBehindTheOperationsBackIsNotOverwritten() {
    h.deployer().install(Fixtures.v1Manifest());
    RunnerDeployer deployer =
        RunnerDeployer.create(
            h.client,
            h.options()
                .progressListener(
                    e -> {
                      if (e.type() == ProgressEvent.Type.RECORDED) {
                        // a writer that takes no lock (an older SDK, a hand edit) changes revision
                        // 1 meanwhile
                        var secret =
                            admin
                                .secrets()
                                .inNamespace(NS)
                                .withName("kubiya-runner.v1.deployment-x.v1")
                                .get();
                        secret.getMetadata().setAnnotations(java.util.Map.of("touched", "by hand"));
                        admin.resource(secret).update();
                      }
                    })
                .build());

    DeployException e =
        assertThrows(DeployException.class, () -> deployer.upgrade(Fixtures.v2Manifest()));

    assertEquals(
        "revision 2 of deployment-x failed: revision 1 of release "
            + "deployment-x changed while this operation"
            + " ran; not overwritten (now deployed)",
        e.getMessage());
    assertEquals(List.of(RevisionStatus.DEPLOYED, RevisionStatus.FAILED), statuses());
  }

  @Test
  void upgradeAfterUninstallIsRefused() {
    h.deployer().install(Fixtures.v1Manifest());
    h.deployer().uninstall(RELEASE);
    h.log.clear();

    DeployException e =
        assertThrows(DeployException.class, () -> h.deployer().upgrade(Fixtures.v1Manifest()));

    assertEquals(
        "release deployment-x was uninstalled from namespace kubiya (revision "
            + "1): install it to bring it back",
        e.getMessage());
    assertEquals(List.of(), h.log.writes());
    assertEquals(Harness.refs(List.of()), h.live().keySet());
  }

  @Test
  void failedRevisionsAreTrimmedAndTheLastGoodOneIsKept() {
    RunnerDeployer deployer = RunnerDeployer.create(h.client, h.options().historyLimit(4).build());
    deployer.install(Fixtures.v1Manifest());
    for (int i = 0; i < 6; i++) {
      server
          .expect()
          .put()
          .withPath("/apis/apps/v1/namespaces/kubiya/deployments/agent-manager")
          .andReturn(503, FailureTest.status(503, "ServiceUnavailable"))
          .times(4);
      assertThrows(DeployException.class, () -> deployer.upgrade(Fixtures.v2Manifest()));
      assertTrue(deployer.history(RELEASE).size() <= 4, deployer.history(RELEASE).toString());
    }
    assertEquals(
        List.of(1, 5, 6, 7),
        deployer.history(RELEASE).stream().map(RevisionRecord::revision).toList());

    deployer.upgrade(Fixtures.v2Manifest());

    List<RevisionRecord> history = deployer.history(RELEASE);
    assertEquals(List.of(1, 6, 7, 8), history.stream().map(RevisionRecord::revision).toList());
    assertEquals(RevisionStatus.SUPERSEDED, history.get(0).status());
    assertEquals(
        9,
        deployer.rollback(RELEASE).revision(),
        "the last good revision is there to roll back to");
    assertEquals(Harness.refs(Fixtures.v1()), h.live().keySet());
  }

  @Test
  void aHistoryCreateThatFindsTheRecordIsNotRetried() {
    server
        .expect()
        .post()
        .withPath("/api/v1/namespaces/kubiya/secrets")
        .andReturn(409, FailureTest.status(409, "AlreadyExists"))
        .once();

    DeployException e =
        assertThrows(DeployException.class, () -> h.deployer().install(Fixtures.v1Manifest()));

    assertEquals(
        "revision 1 of release deployment-x already exists: another operation"
            + " recorded it (not found when read back)",
        e.getMessage());
    assertEquals(List.of(), h.events(ProgressEvent.Type.RETRYING));
    assertEquals(List.of("POST /api/v1/namespaces/kubiya/secrets"), h.log.writes());
  }

  @Test
  void aRecordOverTheSecretLimitIsRefusedBeforeAnyWrite() {
    byte[] noise = new byte[1_500_000];
    new SecureRandom().nextBytes(noise);
    String values =
        "agentManager:\n  env:\n    BLOB: " + Base64.getEncoder().encodeToString(noise) + "\n";

    DeployException e =
        assertThrows(
            DeployException.class,
            () -> h.deployer().install(Fixtures.manifest(Fixtures.v1(), values)));

    assertTrue(
        e.getMessage().startsWith("revision 1 of release deployment-x is too large to record: "),
        e.getMessage());
    assertTrue(e.getMessage().contains("over the 1040384 bytes a Secret may hold"), e.getMessage());
    assertFalse(e.getMessage().contains(values.substring(30, 60)), "no values in the message");
    assertEquals(List.of(), h.log.writes());
  }

  @Test
  void statusOfAnUnknownReleaseIsAnError() {
    DeployException e = assertThrows(DeployException.class, () -> h.deployer().status(RELEASE));
    assertEquals("release deployment-x not found in namespace kubiya", e.getMessage());
  }
}
