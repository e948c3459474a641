package ai.kubiya.runner.deployer;

import static ai.kubiya.runner.deployer.Fixtures.NS;
import static ai.kubiya.runner.deployer.Fixtures.RELEASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ai.kubiya.runner.deployer.drift.BackoffPolicy;
import ai.kubiya.runner.deployer.drift.DriftOptions;
import ai.kubiya.runner.deployer.drift.ReconcilerEvent;
import ai.kubiya.runner.deployer.drift.ReconcilerEvent.Type;
import ai.kubiya.runner.deployer.drift.ReconcilerMetrics;
import ai.kubiya.runner.deployer.drift.ReconcilerOptions;
import ai.kubiya.runner.deployer.drift.RunnerReconciler;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The reconciler on the CRUD mock server: with informers (the CRUD mock serves watches), with
 * polling only, and in a fight with another writer.
 */
class ReconcilerTest extends MockClusterTest {
  private static final Duration GENEROUS = Duration.ofSeconds(20);
  private final List<ReconcilerEvent> events = Collections.synchronizedList(new ArrayList<>());

  private ai.kubiya.runner.deployer.drift.ImmutableReconcilerOptions.Builder options() {
    return ReconcilerOptions.builder()
        .addReleases(RELEASE)
        .heal(true)
        .debounce(Duration.ofMillis(50))
        .drift(DriftOptions.builder().deployOptions(h.options().build()).build());
  }

  private ReconcilerEvent await(Predicate<ReconcilerEvent> what, String description)
      throws InterruptedException {
    long deadline = System.nanoTime() + GENEROUS.toNanos();
    while (System.nanoTime() < deadline) {
      synchronized (events) {
        for (ReconcilerEvent event : events) {
          if (what.test(event)) {
            return event;
          }
        }
      }
      Thread.sleep(20);
    }
    fail("no event: " + description + "; events: " + events);
    return null;
  }

  private static Predicate<ReconcilerEvent> healed(String object) {
    return e ->
        e.type() == Type.HEALED && e.object().map(Object::toString).orElse("").equals(object);
  }

  private void awaitFirstScan(RunnerReconciler reconciler) throws InterruptedException {
    long deadline = System.nanoTime() + GENEROUS.toNanos();
    while (reconciler.metrics().scans() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(reconciler.metrics().scans() > 0, "the reconciler scanned once");
  }

  private void deleteAndEdit() {
    admin.services().inNamespace(NS).withName("agent-manager").delete();
    admin
        .apps()
        .deployments()
        .inNamespace(NS)
        .withName("tool-manager")
        .edit(
            d -> {
              d.getSpec().setReplicas(9);
              return d;
            });
  }

  private void assertRepaired() {
    assertNotNull(admin.services().inNamespace(NS).withName("agent-manager").get());
    assertEquals(
        1,
        admin
            .apps()
            .deployments()
            .inNamespace(NS)
            .withName("tool-manager")
            .get()
            .getSpec()
            .getReplicas());
  }

  @Test
  void informersSeeADeletionAndAnEditAndTheReconcilerHealsBoth() throws InterruptedException {
    h.deployer().install(Fixtures.v1Manifest());
    try (RunnerReconciler reconciler =
        RunnerReconciler.start(
            h.client, options().resync(Duration.ofMinutes(10)).build(), events::add)) {
      assertEquals(10, reconciler.informerCount(), "one informer per kind and namespace");
      awaitFirstScan(reconciler);
      deleteAndEdit();
      ReconcilerEvent service = await(healed("Service/agent-manager"), "Service healed");
      ReconcilerEvent deployment = await(healed("Deployment/tool-manager"), "Deployment healed");
      await(e -> e.type() == Type.IN_LINE, "back in line");
      assertRepaired();
      ReconcilerMetrics metrics = reconciler.metrics();
      assertEquals(2, metrics.healed());
      assertEquals(2, metrics.writes(), "one write per heal");
      assertEquals(0, metrics.fights());
      System.out.printf(
          "time to heal (informers): Service %d ms, Deployment %d ms; scans %d%n",
          service.timeToHeal().orElseThrow().toMillis(),
          deployment.timeToHeal().orElseThrow().toMillis(),
          metrics.scans());
    }
  }

  @Test
  void pollingAloneHealsToo() throws InterruptedException {
    h.deployer().install(Fixtures.v1Manifest());
    try (RunnerReconciler reconciler =
        RunnerReconciler.start(
            h.client,
            options().informers(false).resync(Duration.ofMillis(300)).build(),
            events::add)) {
      assertEquals(0, reconciler.informerCount());
      awaitFirstScan(reconciler);
      deleteAndEdit();
      await(healed("Service/agent-manager"), "Service healed");
      await(healed("Deployment/tool-manager"), "Deployment healed");
      assertRepaired();
    }
  }

  @Test
  void whileAnotherOperationHoldsTheReleaseTheReconcilerHealsNothingThenHealsOnceItIsDone()
      throws InterruptedException {
    h.deployer().install(Fixtures.v1Manifest());
    admin.leases().inNamespace(NS).withName("kubiya-runner.lock.deployment-x").delete();
    admin
        .resource(ConcurrencyTest.lease("ops@host-b pid 7", ZonedDateTime.now(ZoneOffset.UTC), 30))
        .create();
    try (RunnerReconciler reconciler =
        RunnerReconciler.start(
            h.client,
            options()
                .informers(false)
                .resync(Duration.ofMillis(300))
                .drift(
                    DriftOptions.builder()
                        .deployOptions(h.options().lockWait(Duration.ofMillis(100)).build())
                        .build())
                .build(),
            events::add)) {
      awaitFirstScan(reconciler);
      h.log.clear();
      deleteAndEdit();
      ReconcilerEvent refused =
          await(
              e -> e.type() == Type.ERROR && e.detail().contains("is locked by ops@host-b pid 7"),
              "a heal that waits for the release's lock");
      assertTrue(refused.release().equals(RELEASE), refused.toString());
      assertEquals(0, reconciler.metrics().healed(), "nothing healed while the lock was held");
      assertEquals(List.of(), h.log.writes(), "nothing written while the lock was held");

      admin.leases().inNamespace(NS).withName("kubiya-runner.lock.deployment-x").delete();
      await(healed("Service/agent-manager"), "Service healed once the lock was free");
      await(healed("Deployment/tool-manager"), "Deployment healed once the lock was free");
      assertRepaired();
    }
  }

  @Test
  void reportOnlyNeverWrites() throws InterruptedException {
    h.deployer().install(Fixtures.v1Manifest());
    try (RunnerReconciler reconciler =
        RunnerReconciler.start(h.client, options().heal(false).build(), events::add)) {
      awaitFirstScan(reconciler);
      h.log.clear();
      deleteAndEdit();
      await(
          e ->
              e.type() == Type.DRIFT
                  && e.object().map(Object::toString).orElse("").equals("Service/agent-manager"),
          "drift");
      await(
          e ->
              e.type() == Type.DRIFT
                  && e.object().map(Object::toString).orElse("").equals("Deployment/tool-manager"),
          "drift");
      assertEquals(List.of(), h.log.writes());
    }
  }

  @Test
  void aFightWithAnotherWriterEndsInBackoffNotAHotLoop() throws Exception {
    h.deployer().install(Fixtures.v1Manifest());
    BackoffPolicy backoff =
        BackoffPolicy.builder()
            .initial(Duration.ofMillis(200))
            .max(Duration.ofSeconds(30))
            .fightWindow(Duration.ofSeconds(10))
            .build();
    int reverts = 30;
    try (RunnerReconciler reconciler =
        RunnerReconciler.start(h.client, options().backoff(backoff).build(), events::add)) {
      awaitFirstScan(reconciler);
      h.log.clear();
      long start = System.nanoTime();
      for (int i = 0; i < reverts; i++) {
        try {
          admin
              .apps()
              .deployments()
              .inNamespace(NS)
              .withName("tool-manager")
              .edit(
                  d -> {
                    d.getSpec().setReplicas(9);
                    return d;
                  });
        } catch (io.fabric8.kubernetes.client.KubernetesClientException raced) {
          assertEquals(409, raced.getCode(), "the other writer only loses races to the heal");
        }
        Thread.sleep(100);
      }
      long fightMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
      await(e -> e.type() == Type.FIGHT, "a fight is reported");
      ReconcilerMetrics metrics = reconciler.metrics();
      long writes =
          h.log.writes().stream().filter(w -> w.contains("/deployments/tool-manager")).count();
      // heals at t0, then after waits of 200, 400, 800, 1600 ms ...: in T ms at most
      // 2 + log2(T / initial + 1) writes; +1 for a heal in flight when the fight stops
      int bound = 3 + (int) Math.ceil(Math.log((double) fightMillis / 200 + 1) / Math.log(2));
      System.out.printf(
          "fight: %d reverts in %d ms, %d heal writes (bound %d), %d fights, %d deferred%n",
          reverts, fightMillis, writes, bound, metrics.fights(), metrics.deferred());
      assertTrue(writes <= bound, writes + " writes to the fought object, bound " + bound);
      assertTrue(writes >= 2, "the reconciler did heal: " + writes);
      assertTrue(metrics.fights() >= 1, "fights counted");
    }
  }
}
