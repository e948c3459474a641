package ai.kubiya.runner.deployer;

import static ai.kubiya.runner.deployer.Fixtures.NS;
import static ai.kubiya.runner.deployer.Fixtures.RELEASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.deployer.drift.Drift;
import ai.kubiya.runner.deployer.drift.DriftDetector;
import ai.kubiya.runner.deployer.drift.DriftKind;
import ai.kubiya.runner.deployer.drift.DriftOptions;
import ai.kubiya.runner.deployer.drift.DriftReport;
import ai.kubiya.runner.deployer.drift.FieldDrift;
import ai.kubiya.runner.deployer.drift.HealResult;
import ai.kubiya.runner.deployer.drift.IgnoreRule;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Drift against the deployed revision on the CRUD mock server, and healing it. */
class DriftTest extends MockClusterTest {

  private DriftDetector detector(IgnoreRule... ignore) {
    return DriftDetector.create(
        h.client,
        DriftOptions.builder().deployOptions(h.options().build()).addIgnore(ignore).build());
  }

  private void editBehindTheSdksBack() {
    admin
        .apps()
        .deployments()
        .inNamespace(NS)
        .withName("agent-manager")
        .edit(
            d -> {
              d.getSpec().setReplicas(5);
              d.getMetadata().getAnnotations().put("platform.example.com/owner", "team-x");
              return d;
            });
    admin.services().inNamespace(NS).withName("agent-manager").delete();
  }

  @Test
  void afterInstallNothingDrifted() {
    h.deployer().install(Fixtures.v1Manifest());
    DriftReport report = detector().detect(RELEASE);
    assertTrue(report.inLine(), report.drifts().toString());
    assertEquals(1, report.revision().getAsInt());
  }

  @Test
  void editedReplicasAndDeletedServiceAreDriftTheForeignAnnotationIsNot() {
    h.deployer().install(Fixtures.v1Manifest());
    editBehindTheSdksBack();

    DriftReport report = detector().detect(RELEASE);

    assertEquals(2, report.drifts().size(), report.drifts().toString());
    Drift changed =
        report.drifts().stream()
            .filter(d -> d.kind() == DriftKind.CHANGED)
            .findFirst()
            .orElseThrow();
    assertEquals("Deployment/agent-manager", changed.object().toString());
    assertEquals(
        List.of(
            FieldDrift.of(
                "spec.replicas", "2", java.util.Optional.of("5"), java.util.Optional.empty())),
        changed.fields());
    Drift missing =
        report.drifts().stream()
            .filter(d -> d.kind() == DriftKind.MISSING)
            .findFirst()
            .orElseThrow();
    assertEquals("Service/agent-manager", missing.object().toString());
    assertFalse(
        report.drifts().toString().contains("platform.example.com"), report.drifts().toString());
  }

  @Test
  void healRestoresTheSdksFieldsAndKeepsTheForeignAnnotation() {
    h.deployer().install(Fixtures.v1Manifest());
    editBehindTheSdksBack();

    HealResult result = detector().heal(RELEASE);

    assertTrue(result.inLine(), result.after().drifts().toString());
    assertEquals(2, result.healed().size());
    assertEquals(2, result.writes());
    Deployment am = admin.apps().deployments().inNamespace(NS).withName("agent-manager").get();
    assertEquals(2, am.getSpec().getReplicas());
    assertEquals("team-x", am.getMetadata().getAnnotations().get("platform.example.com/owner"));
    assertTrue(admin.services().inNamespace(NS).withName("agent-manager").get() != null);
  }

  @Test
  void healWritesUnderTheReleasesLockAndWaitsForAnotherHolder() {
    h.deployer().install(Fixtures.v1Manifest());
    editBehindTheSdksBack();
    // another operation (an upgrade elsewhere) holds the release's lock
    admin.leases().inNamespace(NS).withName("kubiya-runner.lock.deployment-x").delete();
    admin
        .resource(ConcurrencyTest.lease("ops@host-b pid 7", ZonedDateTime.now(ZoneOffset.UTC), 30))
        .create();
    DriftDetector patient =
        DriftDetector.create(
            h.client,
            DriftOptions.builder()
                .deployOptions(h.options().lockWait(Duration.ofMillis(300)).build())
                .build());
    h.log.clear();

    DeployException e = assertThrows(DeployException.class, () -> patient.heal(RELEASE));

    assertTrue(
        e.getMessage().startsWith("release kubiya/deployment-x is locked by ops@host-b pid 7"),
        e.getMessage());
    assertEquals(List.of(), h.log.writes(), "nothing healed while the lock was held");
    assertEquals(2, detector().detect(RELEASE).drifts().size());

    // once the other operation is done, the heal goes through and lets the lock go
    admin.leases().inNamespace(NS).withName("kubiya-runner.lock.deployment-x").delete();
    HealResult result = patient.heal(RELEASE);
    assertTrue(result.inLine(), result.after().drifts().toString());
    assertEquals(2, result.writes());
    assertNull(releaseLockHolder(), "released after the heal");
  }

  @Test
  void ignoredFieldsAreNeitherReportedNorReverted() {
    h.deployer().install(Fixtures.v1Manifest());
    admin
        .apps()
        .deployments()
        .inNamespace(NS)
        .withName("agent-manager")
        .edit(
            d -> {
              d.getSpec().setReplicas(7);
              d.getSpec().getTemplate().getSpec().getContainers().get(0).setImage("evil:latest");
              return d;
            });
    DriftDetector detector = detector(IgnoreRule.parse("Deployment/*:spec.replicas"));

    DriftReport report = detector.detect(RELEASE);
    assertEquals(1, report.drifts().size());
    assertEquals(
        List.of("spec.template.spec.containers[name=agent-manager].image"),
        report.drifts().get(0).fields().stream().map(FieldDrift::path).toList());

    assertTrue(detector.heal(RELEASE).inLine());
    Deployment am = admin.apps().deployments().inNamespace(NS).withName("agent-manager").get();
    assertEquals(7, am.getSpec().getReplicas(), "the HPA's replicas stay");
    assertEquals(
        "ghcr.io/kubiyabot/agent-manager:v0.1.4",
        am.getSpec().getTemplate().getSpec().getContainers().get(0).getImage());
  }

  @Test
  void secretDataIsRedactedAndForeignContainersAndEnvAreNotDrift() {
    h.deployer().install(Fixtures.v1Manifest());
    admin
        .secrets()
        .inNamespace(NS)
        .withName("registry-tls-secret")
        .edit(
            s -> {
              s.getData().put("tls.key", "Q0FOQVJZLWtleS05OTE=");
              return s;
            });
    admin
        .apps()
        .deployments()
        .inNamespace(NS)
        .withName("tool-manager")
        .edit(
            d -> {
              var spec = d.getSpec().getTemplate().getSpec();
              spec.getContainers()
                  .add(
                      new io.fabric8.kubernetes.api.model.ContainerBuilder()
                          .withName("istio-proxy")
                          .withImage("istio")
                          .build());
              spec.getContainers()
                  .get(0)
                  .getEnv()
                  .add(new io.fabric8.kubernetes.api.model.EnvVar("INJECTED", "1", null));
              return d;
            });

    DriftReport report = detector().detect(RELEASE);

    assertEquals(1, report.drifts().size(), report.drifts().toString());
    FieldDrift field = report.drifts().get(0).fields().get(0);
    assertEquals("data[tls.key]", field.path());
    assertEquals("<redacted>", field.desired());
    assertEquals("<redacted>", field.live().orElseThrow());
    assertFalse(
        report.toString().contains("CANARY") || report.toString().contains("Q0FOQVJZ"),
        report.toString());
  }

  @Test
  void leftBehindAndRemovedOwnershipAreReportedAndOnlyTheFirstIsHealed() {
    h.deployer().install(Fixtures.v1Manifest());
    admin
        .configMaps()
        .inNamespace(NS)
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("stray")
                .withNamespace(NS)
                .addToLabels(
                    Map.of(Ownership.RELEASE_LABEL, RELEASE.name(), Ownership.NAMESPACE_LABEL, NS))
                .endMetadata()
                .build())
        .create();
    admin
        .configMaps()
        .inNamespace(NS)
        .withName("kubiya-runner-alloy-config")
        .edit(
            c -> {
              c.getMetadata().getLabels().remove(Ownership.RELEASE_LABEL);
              return c;
            });

    DriftReport report = detector().detect(RELEASE);
    assertEquals(
        Map.of(
            "ConfigMap/stray",
            DriftKind.LEFT_BEHIND,
            "ConfigMap/kubiya-runner-alloy-config",
            DriftKind.OWNERSHIP_REMOVED),
        report.drifts().stream()
            .collect(java.util.stream.Collectors.toMap(d -> d.object().toString(), Drift::kind)));

    HealResult result = detector().heal(RELEASE);
    assertEquals(
        List.of("ConfigMap/stray"), result.healed().stream().map(Object::toString).toList());
    assertTrue(
        result.refused().keySet().stream()
            .anyMatch(r -> r.name().equals("kubiya-runner-alloy-config")));
    assertFalse(result.inLine());
    assertEquals(null, admin.configMaps().inNamespace(NS).withName("stray").get());
  }

  @Test
  void aReleaseWithoutADeployedRevisionIsOneLineError() {
    DeployException e = assertThrows(DeployException.class, () -> detector().detect(RELEASE));
    assertEquals(
        "release deployment-x has no deployed revision in namespace kubiya", e.getMessage());
  }

  @Test
  void badIgnoreRulesNameTheTextAndTheForm() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> IgnoreRule.parse("spec.replicas"));
    assertEquals(
        "'spec.replicas' is not KIND/NAME:PATH (such as Deployment/*:spec.replicas)",
        e.getMessage());
  }
}
