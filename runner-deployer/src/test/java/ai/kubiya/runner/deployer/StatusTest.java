package ai.kubiya.runner.deployer;

import static ai.kubiya.runner.deployer.Fixtures.NS;
import static ai.kubiya.runner.deployer.Fixtures.RELEASE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.ContainerStateTerminatedBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetStatusBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatusTest extends MockClusterTest {
  static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  RunnerDeployer deployer;

  @BeforeEach
  void setUp() {
    deployer = new RunnerDeployer(h.client, h.options().build(), Clock.fixed(NOW, ZoneOffset.UTC));
    deployer.install(Fixtures.v1Manifest());
  }

  void deploymentReady(String name, int ready) {
    Deployment d = admin.apps().deployments().inNamespace(NS).withName(name).get();
    d.setStatus(
        new DeploymentStatusBuilder()
            .withReplicas(d.getSpec().getReplicas())
            .withReadyReplicas(ready)
            .build());
    admin.resource(d).updateStatus();
  }

  void pod(String app, String name, Instant started, int restarts, Instant lastTermination) {
    Pod pod =
        new PodBuilder()
            .withNewMetadata()
            .withName(name)
            .withNamespace(NS)
            .addToLabels("app", app)
            .endMetadata()
            .withNewStatus()
            .withStartTime(started.toString())
            .addNewContainerStatus()
            .withName(app)
            .withRestartCount(restarts)
            .withNewLastState()
            .withTerminated(
                lastTermination == null
                    ? null
                    : new ContainerStateTerminatedBuilder()
                        .withFinishedAt(lastTermination.toString())
                        .withExitCode(1)
                        .build())
            .endLastState()
            .endContainerStatus()
            .endStatus()
            .build();
    admin.resource(pod).create();
  }

  @Test
  void aDaemonSetWithoutStatusIsNotHealthyAndOneMatchingNoNodeIsAWarning() {
    ComponentStatus dagger = dagger(deployer.status(RELEASE));
    assertEquals(HealthGrade.DOWN, dagger.grade(), dagger.detail());
    assertEquals("no status yet: not scheduled by the DaemonSet controller", dagger.detail());

    DaemonSet ds =
        admin.apps().daemonSets().inNamespace(NS).withName("deployment-x-dagger-engine").get();
    ds.setStatus(
        new DaemonSetStatusBuilder().withDesiredNumberScheduled(0).withNumberReady(0).build());
    admin.resource(ds).updateStatus();
    ComponentStatus none = dagger(deployer.status(RELEASE));
    assertEquals(HealthGrade.WARNING, none.grade(), none.detail());
    assertEquals("no node matches: 0 pods scheduled, 0 restarts in 5m", none.detail());
  }

  private static ComponentStatus dagger(ReleaseStatus status) {
    return status.components().stream()
        .filter(c -> c.component().equals("dagger-engine"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void componentsAreGradedWithTheReadmeThresholds() {
    deploymentReady("agent-manager", 2);
    deploymentReady("tool-manager", 0);
    DaemonSet ds =
        admin.apps().daemonSets().inNamespace(NS).withName("deployment-x-dagger-engine").get();
    ds.setStatus(
        new DaemonSetStatusBuilder().withDesiredNumberScheduled(10).withNumberReady(9).build());
    admin.resource(ds).updateStatus();
    // agent-manager: a pod started 1 minute ago that restarted 3 times, an old pod whose last crash
    // was 2 minutes ago
    pod("agent-manager", "am-1", NOW.minusSeconds(60), 3, null);
    pod("agent-manager", "am-2", NOW.minusSeconds(3600), 7, NOW.minusSeconds(120));
    // tool-manager: an old pod whose restarts all lie before the window
    pod("tool-manager", "tm-1", NOW.minusSeconds(3600), 9, NOW.minusSeconds(1800));

    ReleaseStatus status = deployer.status(RELEASE);

    Map<String, ComponentStatus> byName =
        status.components().stream()
            .collect(Collectors.toMap(ComponentStatus::component, Function.identity()));
    ComponentStatus am = byName.get("agent-manager");
    assertEquals(4, am.restartsInWindow());
    assertEquals(2, am.pods());
    assertEquals(HealthGrade.WARNING, am.grade(), am.detail()); // 100% ready, 2 restarts per pod
    assertEquals("2/2 ready, 4 restarts in 5m", am.detail());
    assertEquals(List.of("ghcr.io/kubiyabot/agent-manager:v0.1.4"), am.images());
    ComponentStatus tm = byName.get("tool-manager");
    assertEquals(0, tm.restartsInWindow());
    assertEquals(HealthGrade.DOWN, tm.grade()); // 0% ready
    ComponentStatus dagger = byName.get("dagger-engine");
    assertEquals(10, dagger.desired());
    assertEquals(9, dagger.ready());
    assertEquals(HealthGrade.WARNING, dagger.grade()); // 90% ready
    ComponentStatus updater = byName.get("image-updater");
    assertEquals(HealthGrade.HEALTHY, updater.grade());
    assertEquals("present, not scheduled yet", updater.detail());
    assertEquals(HealthGrade.DOWN, status.grade());
    assertEquals(1, status.revision().orElseThrow().revision());
  }

  @Test
  void aWorkloadMissingFromTheClusterIsDown() {
    deploymentReady("agent-manager", 2);
    admin.apps().deployments().inNamespace(NS).withName("tool-manager").delete();

    ReleaseStatus status = deployer.status(RELEASE);

    ComponentStatus tm =
        status.components().stream()
            .filter(c -> c.component().equals("tool-manager"))
            .findFirst()
            .orElseThrow();
    assertEquals(HealthGrade.DOWN, tm.grade());
    assertEquals("missing from the cluster", tm.detail());
    assertEquals(
        HealthGrade.HEALTHY,
        status.components().stream()
            .filter(c -> c.component().equals("agent-manager"))
            .findFirst()
            .orElseThrow()
            .grade());
  }

  @Test
  void statusReadsWithOneListPerWorkloadKindPlusPodsAndHistory() {
    h.log.clear();
    deployer.status(RELEASE);
    assertEquals(List.of(), h.log.writes());
    assertEquals(6, h.log.reads().size(), h.log.reads().toString());
  }
}
