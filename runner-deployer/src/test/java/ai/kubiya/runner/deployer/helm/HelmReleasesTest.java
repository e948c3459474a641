package ai.kubiya.runner.deployer.helm;

import static ai.kubiya.runner.deployer.helm.HelmFixtures.base64;
import static ai.kubiya.runner.deployer.helm.HelmFixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading Helm's records of both drivers, and the one-line errors of corrupt or foreign ones. */
class HelmReleasesTest extends HelmMockTest {
  private HelmReleases releases() {
    return HelmReleases.create(cluster.client);
  }

  @Test
  void readsARecordOfTheSecretsDriver() {
    ObjectNode nats = record("nats");
    admin.resource(HelmFixtures.secret(nats)).create();
    HelmRelease release = releases().get("acme-prod", "runners");
    HelmRevision revision = release.deployed().orElseThrow();
    assertEquals(1, revision.revision());
    assertEquals(HelmStatus.DEPLOYED, revision.status());
    assertEquals("kubiya-runner", revision.chartName());
    assertEquals("0.6.2", revision.chartVersion());
    assertEquals("Install complete", revision.description());
    assertEquals(HelmStorage.SECRETS, revision.storage());
    assertEquals("sh.helm.release.v1.acme-prod.v1", revision.recordName());
    assertEquals(HelmFixtures.JSON.convertValue(nats.get("config"), Map.class), revision.values());
    assertEquals(nats.get("manifest").asText(), revision.manifest());
    assertEquals(
        List.of(
            "kubiya-runner-nats-creds-runner",
            "kubiya-runner-nats-creds-customer",
            "registry-tls-secret"),
        revision.hooks().stream().map(HelmHook::name).toList());
    assertEquals(List.of("pre-install", "pre-upgrade"), revision.hooks().get(0).events());
    String text = release.toString() + revision + revision.hooks();
    HelmFixtures.CANARIES.forEach(c -> assertFalse(text.contains(c), c));
    assertEquals(
        List.of(
            "GET /api/v1/namespaces/runners/secrets?labelSelector=owner%3Dhelm%2Cname%3Dacme-prod",
            "GET /api/v1/namespaces/runners/configmaps"
                + "?labelSelector=owner%3Dhelm%2Cname%3Dacme-prod"),
        cluster.all());
  }

  @Test
  void readsTheConfigMapDriverAndListsReleasesWithTheirRevisions() {
    admin.resource(HelmFixtures.configMap(record("plain"))).create();
    for (String n : List.of("history-1", "history-2", "history-3")) {
      ObjectNode r = record(n);
      r.put("namespace", "kubiya");
      admin.resource(HelmFixtures.secret(r)).create();
    }
    List<HelmRelease> all = releases().list("kubiya");
    assertEquals(List.of("plain", "team-b"), all.stream().map(HelmRelease::name).toList());
    assertEquals(HelmStorage.CONFIG_MAPS, all.get(0).latest().storage());
    HelmRelease teamB = all.get(1);
    assertEquals(List.of(1, 2, 3), teamB.revisions().stream().map(HelmRevision::revision).toList());
    assertEquals(
        List.of(HelmStatus.SUPERSEDED, HelmStatus.SUPERSEDED, HelmStatus.DEPLOYED),
        teamB.revisions().stream().map(HelmRevision::status).toList());
    assertEquals(3, teamB.deployed().orElseThrow().revision());
    assertEquals(
        3,
        ((Map<?, ?>) teamB.revision(2).orElseThrow().values().get("agentManager")).get("replicas"));
    assertTrue(releases().find("nope", "kubiya").isEmpty());
  }

  private String failure(Secret secret) {
    admin.resource(secret).create();
    HelmException e =
        assertThrows(HelmException.class, () -> releases().get("acme-prod", "runners"));
    HelmFixtures.CANARIES.forEach(c -> assertFalse(e.getMessage().contains(c), c));
    assertFalse(e.getMessage().contains("\n"));
    return e.getMessage();
  }

  private static final String WHERE = "Secret runners/sh.helm.release.v1.acme-prod.v1: ";

  @Test
  void notBase64() {
    assertEquals(
        WHERE + "data.release is not base64",
        failure(HelmFixtures.secret(record("nats"), base64("%%%not base64%%%"))));
  }

  @Test
  void notGzip() {
    byte[] fake = {0x1f, (byte) 0x8b, 1, 2, 3, 4, 5};
    String helmText = Base64.getEncoder().encodeToString(fake);
    assertEquals(
        WHERE + "data.release is not valid gzip",
        failure(HelmFixtures.secret(record("nats"), base64(helmText))));
  }

  @Test
  void notJson() {
    String helmText =
        HelmFixtures.helmEncode("CANARY-NATS-JWT is not json".getBytes(StandardCharsets.UTF_8));
    assertEquals(
        WHERE + "data.release is not a Helm release record (not JSON)",
        failure(HelmFixtures.secret(record("nats"), base64(helmText))));
  }

  @Test
  void notARelease() {
    String helmText =
        HelmFixtures.helmEncode("{\"kind\":\"something else\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals(
        WHERE + "labelled name=acme-prod but the record is of release ''",
        failure(HelmFixtures.secret(record("nats"), base64(helmText))));
  }

  @Test
  void unknownStatus() {
    ObjectNode bad = HelmFixtures.withStatus(record("nats"), "exploded");
    assertEquals(
        WHERE + "info.status 'exploded' is not a Helm release status",
        failure(HelmFixtures.secret(bad)));
  }

  @Test
  void foreignSecretType() {
    Secret foreign = HelmFixtures.secret(record("nats"));
    foreign.setType("Opaque");
    assertEquals(
        WHERE + "labelled owner=helm but of type Opaque, not helm.sh/release.v1", failure(foreign));
  }

  @Test
  void decompressionIsBounded() {
    admin.resource(HelmFixtures.secret(record("nats"))).create();
    HelmException e =
        assertThrows(
            HelmException.class,
            () -> releases().withMaxRecordBytes(4096).get("acme-prod", "runners"));
    assertEquals(WHERE + "the release record decompresses to more than 4096 bytes", e.getMessage());
  }

  @Test
  void uncompressedJsonIsAcceptedAsHelmDoes() {
    ObjectNode plain = record("plain");
    String helmText =
        Base64.getEncoder().encodeToString(plain.toString().getBytes(StandardCharsets.UTF_8));
    admin.resource(HelmFixtures.secret(plain, base64(helmText))).create();
    assertEquals(HelmStatus.DEPLOYED, releases().get("plain", "kubiya").latest().status());
  }
}
