package ai.kubiya.runner.deployer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HistoryStoreTest {
  static RevisionRecord record() {
    return RevisionRecord.builder()
        .release(Fixtures.RELEASE)
        .revision(4)
        .time(Instant.parse("2026-11-28T10:15:30Z"))
        .chartVersion("0.6.2")
        .status(RevisionStatus.PENDING_UPGRADE)
        .description("Upgrade complete")
        .valuesYaml("nats:\n  creds: SUPER-SECRET\n")
        .manifestYaml("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n")
        .build();
  }

  @Test
  void recordsSurviveEncoding() {
    assertEquals(record(), HistoryStore.decode(Fixtures.RELEASE, HistoryStore.encode(record())));
  }

  @Test
  void valuesAndManifestsNeverAppearInToString() {
    assertFalse(record().toString().contains("SUPER-SECRET"), record().toString());
  }

  @Test
  void statusLabelsRoundTrip() {
    for (RevisionStatus status : RevisionStatus.values()) {
      assertEquals(status, RevisionStatus.ofLabel(status.label()));
    }
    assertEquals("pending-install", RevisionStatus.PENDING_INSTALL.label());
  }

  @Test
  void anUnreadableRecordIsAClearError() {
    DeployException e =
        assertThrows(
            DeployException.class, () -> HistoryStore.decode(Fixtures.RELEASE, "bm90IGd6aXA="));
    assertEquals(
        "the history of release kubiya/deployment-x holds an unreadable revision record",
        e.getMessage());
  }

  @Test
  void releaseNamesAreChecked() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ReleaseId.of("deploymentX", "kubiya"));
    assertEquals(
        "release name 'deploymentX' is invalid: use at most 53 lowercase "
            + "letters, digits and '-', starting and"
            + " ending with a letter or digit",
        e.getMessage());
  }

  @Test
  void releaseNamesAgreeWithTheValidator() {
    for (String name : new String[] {"team.a", "deploymentX", "-x", "r".repeat(54)}) {
      assertThrows(IllegalArgumentException.class, () -> ReleaseId.of(name, "kubiya"), name);
      assertFalse(
          ai.kubiya.runner.model.validation.Formats.isDnsLabel(name) && name.length() <= 53, name);
    }
    ReleaseId.of("deployment-x", "kubiya");
  }

  @Test
  void manifestsReadBackFromARecordKeepInstallOrder() {
    var set = ai.kubiya.runner.manifests.ManifestSet.of(Fixtures.v1());
    var parsed = ManifestCodec.parse(set.toYaml());
    assertEquals(Harness.refs(set.objects()), Harness.refs(parsed.objects()));
    assertEquals(
        set.objects().stream().map(o -> ObjectRef.of(o).toString()).toList(),
        parsed.objects().stream().map(o -> ObjectRef.of(o).toString()).toList());
  }
}
