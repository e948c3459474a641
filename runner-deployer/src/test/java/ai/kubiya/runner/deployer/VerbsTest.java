package ai.kubiya.runner.deployer;

import static ai.kubiya.runner.deployer.Fixtures.RELEASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.deployer.PlannedChange.Action;
import ai.kubiya.runner.deployer.output.DeployerJson;
import ai.kubiya.runner.manifests.RunnerManifests;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import ai.kubiya.runner.model.values.ValuesException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** get values/manifest, dry runs of rollback and uninstall, and the JSON shapes. */
class VerbsTest extends MockClusterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CANARY = "CANARY-nats-jwt-value-1234";

  @TempDir Path dir;

  @Test
  void storedValuesComeBackAsInstalledAndFeedBackWithSecretsButNotRedacted() throws Exception {
    RunnerConfig config =
        RunnerConfigLoader.create()
            .release("demo")
            .namespace("kubiya")
            .sets(
                List.of(
                    "agentManager.replicas=3",
                    "nats.jwt=" + CANARY,
                    "agentManager.env.API_TOKEN=tok-CANARY"))
            .load();
    RunnerDeployer deployer = h.deployer();
    deployer.install(
        ReleaseManifest.of(config, RunnerManifests.of(config).skipValidation().build()));
    ReleaseId release = ReleaseId.of("demo", "kubiya");

    RevisionRecord latest = deployer.latestRevision(release);
    assertEquals(config.values().toValuesYaml(), latest.valuesYaml());
    assertEquals(latest.valuesYaml(), deployer.revision(release, 1).valuesYaml());
    assertEquals(ReleaseManifest.render(config).manifests().toYaml(), latest.manifestYaml());

    String shown = StoredValues.redacted(latest.valuesYaml());
    assertFalse(shown.contains(CANARY), shown);
    assertFalse(shown.contains("tok-CANARY"), shown);
    assertTrue(shown.contains("jwt: <redacted>"), shown);
    assertTrue(shown.contains("API_TOKEN: <redacted>"), shown);
    assertTrue(shown.contains("replicas: 3"), shown);

    Path full = Files.writeString(dir.resolve("full.yaml"), latest.valuesYaml());
    StoredValues.refuseRedacted(full);
    RunnerConfig reloaded =
        RunnerConfigLoader.create().release("demo").namespace("kubiya").valuesFile(full).load();
    assertEquals(
        config.values(), reloaded.values(), "a --show-secrets file feeds back as the same values");

    Path masked = Files.writeString(dir.resolve("masked.yaml"), shown);
    ValuesException refused =
        assertThrows(ValuesException.class, () -> StoredValues.refuseRedacted(masked));
    assertEquals(masked.toString(), refused.path());
    assertTrue(refused.getMessage().contains("holds <redacted>"), refused.getMessage());
    assertTrue(
        refused
            .getMessage()
            .matches(".*: (nats\\.jwt|registryTls\\.key|agentManager\\.env\\.API_TOKEN) holds.*"),
        refused.getMessage());

    DeployException missing =
        assertThrows(DeployException.class, () -> deployer.revision(release, 7));
    assertEquals("release demo has no revision 7 (revisions: 1)", missing.getMessage());
  }

  @Test
  void rollbackAndUninstallDryRunsWriteNothing() {
    RunnerDeployer deployer = h.deployer();
    deployer.install(Fixtures.v1Manifest());
    deployer.upgrade(Fixtures.v2Manifest());
    int writes = h.log.writes().size();

    Plan back = deployer.planRollback(RELEASE);
    assertEquals(
        List.of("CronJob/deployment-x-kubiya-runner-helm-updater"),
        back.withAction(Action.CREATE).stream().map(c -> c.object().toString()).toList());
    assertEquals(
        List.of("ConfigMap/kubiya-runner-extra"),
        back.withAction(Action.DELETE).stream().map(c -> c.object().toString()).toList());
    assertEquals(1, back.withAction(Action.UPDATE).size());
    assertEquals(back.changes(), deployer.planRollback(RELEASE, 1).changes());

    Plan removal = deployer.planUninstall(RELEASE);
    assertEquals(
        Harness.refs(Fixtures.v2()),
        new java.util.TreeSet<>(
            removal.withAction(Action.DELETE).stream().map(c -> c.object().toString()).toList()));
    assertEquals(writes, h.log.writes().size(), "dry runs write nothing");
    assertEquals(2, deployer.history(RELEASE).size());
  }

  @Test
  void jsonShapesHoldTheDocumentedFields() throws Exception {
    RunnerDeployer deployer = h.deployer();
    deployer.install(Fixtures.v1Manifest());
    deployer.upgrade(Fixtures.v2Manifest());

    JsonNode history =
        JSON.readTree(DeployerJson.toJson(DeployerJson.history(deployer.history(RELEASE))));
    assertEquals(2, history.size());
    assertFields(history.get(0), "revision", "updated", "status", "chartVersion", "description");
    assertEquals("superseded", history.get(0).get("status").asText());
    assertEquals(2, history.get(1).get("revision").asInt());

    JsonNode status =
        JSON.readTree(DeployerJson.toJson(DeployerJson.status(deployer.status(RELEASE))));
    assertFields(
        status,
        "name",
        "namespace",
        "revision",
        "status",
        "updated",
        "chartVersion",
        "description",
        "grade",
        "components");
    assertEquals("deployment-x", status.get("name").asText());
    assertEquals("deployed", status.get("status").asText());
    JsonNode component = status.get("components").get(0);
    assertFields(
        component,
        "component",
        "kind",
        "name",
        "desired",
        "ready",
        "pods",
        "restartsInWindow",
        "grade",
        "detail",
        "images");
    assertTrue(component.get("images").isArray());

    Plan plan = deployer.plan(Fixtures.v1Manifest());
    JsonNode json = JSON.readTree(DeployerJson.toJson(DeployerJson.plan(plan)));
    assertFields(json, "name", "namespace", "valuesChanged", "hasConflicts", "summary", "changes");
    assertFields(json.get("summary"), "create", "update", "unchanged", "delete", "conflict");
    assertEquals(1, json.get("summary").get("create").asInt());
    assertEquals(1, json.get("summary").get("delete").asInt());
    JsonNode update = null;
    for (JsonNode change : json.get("changes")) {
      assertFields(change, "action", "kind", "namespace", "name", "note", "fields");
      if (change.get("action").asText().equals("update")) {
        update = change;
      }
    }
    assertFields(update.get("fields").get(0), "path", "before", "after");
    assertTrue(
        JSON.readTree(
                JSON.writeValueAsString(
                    new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
                        .readTree(DeployerJson.toYaml(DeployerJson.plan(plan)))))
            .equals(json),
        "YAML is the same tree");
  }

  private static void assertFields(JsonNode node, String... fields) {
    for (String field : fields) {
      assertTrue(node.has(field), field + " missing in " + node);
    }
  }
}
