package ai.kubiya.runner.deployer;

import static ai.kubiya.runner.deployer.Fixtures.NS;
import static ai.kubiya.runner.deployer.Fixtures.RELEASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.manifests.ManifestSet;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.api.model.coordination.v1.LeaseBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, cases 1 and 2: concurrent operations serialize on the release and cluster-objects
 * leases, writes carry the resourceVersion the ownership check saw, and a lease left by a killed
 * process is taken over.
 */
class ConcurrencyTest extends MockClusterTest {
  static final String ROLE = "kubiya-runner-tool-manager-cluster-pvc-access";

  /** A runner-shaped release with the chart's fixed-name cluster-scoped RBAC. */
  static ReleaseManifest sharedNames(ReleaseId release) {
    List<HasMetadata> objects =
        List.of(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("kubiya-runner-alloy-config")
                .endMetadata()
                .addToData("release", release.toString())
                .build(),
            new ClusterRoleBuilder()
                .withNewMetadata()
                .withName(ROLE)
                .endMetadata()
                .addNewRule()
                .withApiGroups("")
                .withResources("persistentvolumeclaims")
                .withVerbs("get")
                .endRule()
                .build(),
            new ClusterRoleBindingBuilder()
                .withNewMetadata()
                .withName(ROLE + "-binding")
                .endMetadata()
                .withNewRoleRef("rbac.authorization.k8s.io", "ClusterRole", ROLE)
                .addNewSubject()
                .withKind("ServiceAccount")
                .withName("tool-manager")
                .withNamespace(release.namespace())
                .endSubject()
                .build());
    return ReleaseManifest.builder()
        .release(release)
        .manifests(ManifestSet.of(objects))
        .valuesYaml("")
        .build();
  }

  RunnerDeployer deployer(String holder, Duration lockWait, ProgressListener listener) {
    return RunnerDeployer.create(
        h.client,
        h.options()
            .lockHolder(holder)
            .lockWait(lockWait)
            .progressListener(
                e -> {
                  h.events.add(e);
                  listener.onEvent(e);
                })
            .build());
  }

  @Test
  void parallelInstallsOfTwoReleasesSharingClusterScopedNamesEndWithOneOwnerAndOneRefusal()
      throws Exception {
    ReleaseId ra = ReleaseId.of("ra", "ns-a");
    ReleaseId rb = ReleaseId.of("rb", "ns-b");
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<DeployResult>> runs = new ArrayList<>();
      for (ReleaseId release : List.of(ra, rb)) {
        RunnerDeployer deployer =
            deployer("runner-" + release.name(), Duration.ofSeconds(20), e -> {});
        runs.add(
            pool.submit(
                () -> {
                  start.await(10, TimeUnit.SECONDS);
                  return deployer.install(sharedNames(release));
                }));
      }
      List<DeployResult> done = new ArrayList<>();
      List<Throwable> refused = new ArrayList<>();
      for (Future<DeployResult> run : runs) {
        try {
          done.add(run.get(60, TimeUnit.SECONDS));
        } catch (java.util.concurrent.ExecutionException e) {
          refused.add(e.getCause());
        }
      }
      assertEquals(1, done.size(), "one install succeeds: " + refused);
      assertEquals(1, refused.size());
      ReleaseId winner = done.get(0).release();
      ReleaseId loser = winner.equals(ra) ? rb : ra;
      DeployException refusal = assertInstanceOf(DeployException.class, refused.get(0));
      assertEquals(
          "refusing to change objects release "
              + loser.name()
              + " does not own: ClusterRole/"
              + ROLE
              + " belongs to release "
              + winner
              + "; ClusterRoleBinding/"
              + ROLE
              + "-binding belongs to release "
              + winner,
          refusal.getMessage());
      ClusterRole role = admin.rbac().clusterRoles().withName(ROLE).get();
      assertTrue(Ownership.ownedBy(role, winner), role.getMetadata().getLabels().toString());
      ClusterRoleBinding binding =
          admin.rbac().clusterRoleBindings().withName(ROLE + "-binding").get();
      assertEquals(
          List.of(winner.namespace()),
          binding.getSubjects().stream().map(s -> s.getNamespace()).toList());
      // the loser recorded nothing, so uninstalling it cannot delete what the winner needs
      assertEquals(List.of(), h.deployer().history(loser));
      assertThrows(DeployException.class, () -> h.deployer().uninstall(loser));
      assertTrue(Ownership.ownedBy(admin.rbac().clusterRoles().withName(ROLE).get(), winner));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aCreateThatFindsAnObjectMadeAfterThePlanRechecksOwnershipAndNeverReplacesIt() {
    ReleaseId rb = ReleaseId.of("rb", "ns-b");
    RunnerDeployer racing =
        deployer(
            "runner-ra",
            Duration.ZERO,
            e -> {
              if (e.type() == ProgressEvent.Type.PLANNED) {
                // another writer that takes no lock creates the object between the plan and the
                // write
                admin
                    .resource(
                        new ClusterRoleBuilder()
                            .withNewMetadata()
                            .withName(ROLE)
                            .addToLabels(Ownership.RELEASE_LABEL, rb.name())
                            .addToLabels(Ownership.NAMESPACE_LABEL, rb.namespace())
                            .endMetadata()
                            .build())
                    .create();
              }
            });
    ReleaseId ra = ReleaseId.of("ra", "ns-a");

    DeployException e = assertThrows(DeployException.class, () -> racing.install(sharedNames(ra)));

    assertEquals(
        "revision 1 of ra failed: apply ClusterRole/"
            + ROLE
            + ": refusing to change objects release ra does"
            + " not own: ClusterRole/"
            + ROLE
            + " belongs to release ns-b/rb (it changed after the plan; found when"
            + " writing it)",
        e.getMessage());
    ClusterRole role = admin.rbac().clusterRoles().withName(ROLE).get();
    assertTrue(Ownership.ownedBy(role, rb));
    assertTrue(
        h.log.writes().stream()
            .noneMatch(w -> w.startsWith("PUT ") && w.contains("/clusterroles/")),
        "no replace of the foreign object: " + h.log.writes());
    assertEquals(RevisionStatus.FAILED, h.deployer().history(ra).get(0).status());
  }

  @Test
  void anUpdateCarriesTheCheckedResourceVersionAndAnOwnershipChangeMeanwhileIsRefused() {
    h.deployer().install(Fixtures.v1Manifest());
    RunnerDeployer racing =
        deployer(
            "runner-a",
            Duration.ZERO,
            e -> {
              if (e.type() == ProgressEvent.Type.PLANNED) {
                ConfigMap stolen =
                    admin.configMaps().inNamespace(NS).withName("kubiya-runner-alloy-config").get();
                stolen.getMetadata().getLabels().put(Ownership.RELEASE_LABEL, "other");
                admin.resource(stolen).update();
              }
            });
    List<HasMetadata> changed = Fixtures.v1();
    ((ConfigMap) changed.get(3)).getData().put("config.alloy", "changed\n");

    DeployException e =
        assertThrows(
            DeployException.class, () -> racing.upgrade(Fixtures.manifest(changed, "changed")));

    assertTrue(
        e.getMessage()
            .endsWith(
                "ConfigMap/kubiya-runner-alloy-config belongs to release kubiya/other"
                    + " (it changed after the plan; found when writing it)"),
        e.getMessage());
    ConfigMap live =
        admin.configMaps().inNamespace(NS).withName("kubiya-runner-alloy-config").get();
    assertEquals("other", live.getMetadata().getLabels().get(Ownership.RELEASE_LABEL));
    assertEquals("prometheus.scrape \"x\" {}\n", live.getData().get("config.alloy"));
  }

  @Test
  void parallelUpgradesOfOneReleaseSerializeAndHistoryHasOneDeployedRevisionMatchingTheLiveObjects()
      throws Exception {
    h.deployer().install(Fixtures.v1Manifest());
    CountDownLatch bWaits = new CountDownLatch(1);
    CountDownLatch aPlanned = new CountDownLatch(1);
    RunnerDeployer a =
        deployer(
            "runner-a",
            Duration.ZERO,
            e -> {
              if (e.type() == ProgressEvent.Type.PLANNED) {
                aPlanned.countDown();
                await(bWaits); // A holds the lock until B is seen waiting for it
              }
            });
    RunnerDeployer b =
        deployer(
            "runner-b",
            Duration.ofSeconds(30),
            e -> {
              if (e.type() == ProgressEvent.Type.WAITING
                  && e.message().contains("held by runner-a")) {
                bWaits.countDown();
              }
            });
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<DeployResult> first = pool.submit(() -> a.upgrade(Fixtures.v2Manifest()));
      await(aPlanned);
      List<HasMetadata> v3 = Fixtures.v2();
      v3.removeIf(
          o ->
              o.getMetadata().getName().equals("agent-manager")
                  && o.getKind().equals("Deployment"));
      v3.add(Fixtures.deployment("agent-manager", "ghcr.io/kubiyabot/agent-manager:v0.1.6", 2));
      Future<DeployResult> second =
          pool.submit(() -> b.upgrade(Fixtures.manifest(v3, "tag: v0.1.6\n")));

      assertEquals(2, first.get(60, TimeUnit.SECONDS).revision());
      assertEquals(3, second.get(60, TimeUnit.SECONDS).revision());
    } finally {
      pool.shutdownNow();
    }
    List<RevisionRecord> history = h.deployer().history(RELEASE);
    assertEquals(
        List.of(RevisionStatus.SUPERSEDED, RevisionStatus.SUPERSEDED, RevisionStatus.DEPLOYED),
        history.stream().map(RevisionRecord::status).toList());
    assertEquals("tag: v0.1.6\n", history.get(2).valuesYaml());
    assertEquals(
        "ghcr.io/kubiyabot/agent-manager:v0.1.6", Harness.image(h.live(), "agent-manager"));
    assertTrue(
        h
            .deployer()
            .plan(
                Fixtures.manifest(
                    ManifestCodec.parse(history.get(2).manifestYaml()).objects(),
                    history.get(2).valuesYaml()))
            .changes()
            .stream()
            .allMatch(c -> c.action() == PlannedChange.Action.UNCHANGED),
        "the deployed revision matches the live objects");
  }

  @Test
  void aSecondOperationFailsFastNamingTheHolder() {
    h.deployer().install(Fixtures.v1Manifest());
    List<DeployException> refused = new ArrayList<>();
    RunnerDeployer holder =
        deployer(
            "ops@host-a pid 42",
            Duration.ZERO,
            e -> {
              if (e.type() == ProgressEvent.Type.PLANNED && refused.isEmpty()) {
                refused.add(
                    assertThrows(
                        DeployException.class,
                        () ->
                            deployer("ops@host-b pid 7", Duration.ZERO, x -> {})
                                .uninstall(RELEASE)));
              }
            });

    holder.upgrade(Fixtures.v2Manifest());

    assertTrue(
        refused
            .get(0)
            .getMessage()
            .startsWith(
                "release kubiya/deployment-x is locked by ops@host-a pid 42"
                    + " (Lease kubiya/kubiya-runner.lock.deployment-x, renewed "),
        refused.get(0).getMessage());
    assertTrue(
        refused
            .get(0)
            .getMessage()
            .endsWith("unless renewed); wait for it with a lock wait or try again later"),
        refused.get(0).getMessage());
    assertEquals(
        Harness.refs(Fixtures.v2()), h.live().keySet(), "the refused uninstall deleted nothing");
    assertNull(releaseLockHolder(), "released after the upgrade");
  }

  @Test
  void waitingForALockReportsTheHolderAndGivesUpAfterTheWait() {
    admin.resource(lease("someone-else", ZonedDateTime.now(ZoneOffset.UTC), 30)).create();
    RunnerDeployer patient = deployer("runner-b", Duration.ofMillis(300), e -> {});

    DeployException e =
        assertThrows(DeployException.class, () -> patient.install(Fixtures.v1Manifest()));

    assertTrue(
        e.getMessage().startsWith("release kubiya/deployment-x is locked by someone-else"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("gave up after waiting 300ms"), e.getMessage());
    assertEquals(
        List.of(
            "waiting for the lock of release kubiya/deployment-x, held by "
                + "someone-else (up to 300ms)"),
        h.events(ProgressEvent.Type.WAITING).stream().map(ProgressEvent::message).toList());
    assertEquals(List.of(), h.log.writes());
  }

  @Test
  void anExpiredLeaseOfAKilledProcessIsTakenOverAndItsPendingRevisionMarkedInterrupted() {
    h.deployer().install(Fixtures.v1Manifest());
    RunnerDeployer crashing =
        RunnerDeployer.create(
            h.client,
            h.options()
                .progressListener(
                    e -> {
                      if (e.type() == ProgressEvent.Type.APPLIED) {
                        throw new FailureTest.Crash();
                      }
                    })
                .build());
    assertThrows(FailureTest.Crash.class, () -> crashing.upgrade(Fixtures.v2Manifest()));
    // the process died: its lease stays held, last renewed a minute ago, for 1 s
    Lease left = admin.leases().inNamespace(NS).withName("kubiya-runner.lock.deployment-x").get();
    admin
        .resource(
            new LeaseBuilder(left)
                .editSpec()
                .withHolderIdentity("killed@host pid 9")
                .withRenewTime(ZonedDateTime.now(ZoneOffset.UTC).minusMinutes(1))
                .withLeaseDurationSeconds(1)
                .endSpec()
                .build())
        .update();

    DeployResult result = h.deployer().upgrade(Fixtures.v2Manifest());

    assertEquals(3, result.revision());
    List<RevisionRecord> history = h.deployer().history(RELEASE);
    assertEquals(
        List.of(RevisionStatus.SUPERSEDED, RevisionStatus.FAILED, RevisionStatus.DEPLOYED),
        history.stream().map(RevisionRecord::status).toList());
    assertEquals(
        "Interrupted; superseded by revision 3 (lock taken over from killed@host pid 9)",
        history.get(1).description());
    assertTrue(
        h.events(ProgressEvent.Type.LOCKED).stream()
            .anyMatch(
                e ->
                    e.message()
                        .startsWith(
                            "took over the expired lock of release kubiya/deployment-x "
                                + "from killed@host pid 9")),
        h.events.toString());
  }

  @Test
  void aLockLostWhileRunningStopsTheWritesBeforeTheNextOne() {
    CountDownLatch lost = new CountDownLatch(1);
    RunnerDeployer deployer =
        RunnerDeployer.create(
            h.client,
            h.options()
                .lockLeaseDuration(Duration.ofSeconds(1))
                .progressListener(
                    e -> {
                      h.events.add(e);
                      if (e.type() == ProgressEvent.Type.LOCKED
                          && e.message().startsWith("lost the lock of release")) {
                        lost.countDown();
                      } else if (e.type() == ProgressEvent.Type.APPLIED
                          && e.object().orElseThrow().kind().equals("ConfigMap")) {
                        takeLease("intruder");
                        await(lost); // the next renewal (a third of a second) finds the intruder
                      }
                    })
                .build());

    DeployException e =
        assertThrows(DeployException.class, () -> deployer.install(Fixtures.v1Manifest()));

    assertTrue(
        e.getMessage()
            .startsWith(
                "revision 1 of deployment-x failed: lost the lock of release"
                    + " kubiya/deployment-x (now held by intruder); stopped before writing "),
        e.getMessage());
    assertEquals(
        4,
        h.live().size(),
        "hook secrets, service account and config map written; nothing after: "
            + h.live().keySet());
  }

  /** Rewrites the release's lease to another holder, again if a renewal raced the rewrite. */
  void takeLease(String holder) {
    for (int attempt = 0; ; attempt++) {
      Lease lease =
          admin.leases().inNamespace(NS).withName("kubiya-runner.lock.deployment-x").get();
      try {
        admin
            .resource(
                new LeaseBuilder(lease).editSpec().withHolderIdentity(holder).endSpec().build())
            .update();
        return;
      } catch (io.fabric8.kubernetes.client.KubernetesClientException e) {
        if (e.getCode() != 409 || attempt >= 10) {
          throw e;
        }
      }
    }
  }

  static Lease lease(String holder, ZonedDateTime renewed, int seconds) {
    return new LeaseBuilder()
        .withNewMetadata()
        .withName("kubiya-runner.lock.deployment-x")
        .withNamespace(NS)
        .endMetadata()
        .withNewSpec()
        .withHolderIdentity(holder)
        .withAcquireTime(renewed)
        .withRenewTime(renewed)
        .withLeaseDurationSeconds(seconds)
        .endSpec()
        .build();
  }

  static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new AssertionError("timed out waiting for the other operation");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
