package ai.kubiya.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Helm's everyday verbs on fabric8's CRUD mock server: list, get, upgrade --install, --atomic,
 * --dry-run, -o json|yaml, several runners per cluster, completion.
 */
@EnableKubernetesMockClient(crud = true, https = false)
class VerbsCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CANARY = "CANARY-jwt-5f3a";

  KubernetesMockServer server;
  KubernetesClient admin;
  @TempDir Path dir;
  Path kubeconfig;

  @BeforeEach
  void writeKubeconfig() throws IOException {
    kubeconfig = dir.resolve("kubeconfig");
    Files.writeString(
        kubeconfig,
        """
        apiVersion: v1
        kind: Config
        clusters:
        - name: mock
          cluster:
            server: %s
        contexts:
        - name: mock
          context: {cluster: mock, user: tester, namespace: team-b}
        current-context: mock
        users:
        - name: tester
          user: {token: test-token}
        """
            .formatted(server.url("/").replaceAll("/$", "")));
  }

  /** Runs a command against the mock cluster. */
  CliRun cluster(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--kubeconfig", kubeconfig.toString(), "--context", "mock"));
    return CliRun.of(all.toArray(String[]::new));
  }

  /** Runs a command on release {@code r} in {@code ns}. */
  CliRun on(String release, String namespace, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--release", release, "-n", namespace));
    return cluster(all.toArray(String[]::new));
  }

  private static JsonNode json(CliRun run) throws IOException {
    assertEquals(0, run.exit(), run.err());
    return JSON.readTree(run.out());
  }

  @Test
  void threeRunnersWithReleaseScopedNamesCoexistAndAreListed() throws IOException {
    for (String ns : List.of("team-a", "team-b", "team-c")) {
      CliRun install = on("runner", ns, "install", "--cluster-scoped-names", "release");
      assertEquals(0, install.exit(), install.err());
    }
    JsonNode all = json(cluster("list", "-A", "-o", "json"));
    assertEquals(3, all.size(), all.toString());
    List<String> namespaces = new ArrayList<>();
    for (JsonNode release : all) {
      for (String field :
          List.of("name", "namespace", "revision", "status", "updated", "chartVersion", "images")) {
        assertTrue(release.has(field), field + " missing: " + release);
      }
      assertEquals("runner", release.get("name").asText());
      assertEquals(1, release.get("revision").asInt());
      assertEquals("deployed", release.get("status").asText());
      assertEquals("0.6.2", release.get("chartVersion").asText());
      namespaces.add(release.get("namespace").asText());
    }
    assertEquals(List.of("team-a", "team-b", "team-c"), namespaces);

    JsonNode one = json(cluster("list", "-n", "team-c", "-o", "json"));
    assertEquals(1, one.size());
    assertEquals("team-c", one.get(0).get("namespace").asText());
    JsonNode contextNamespace = json(cluster("list", "-o", "json"));
    assertEquals(
        "team-b",
        contextNamespace.get(0).get("namespace").asText(),
        "default: the context's namespace");

    CliRun table = cluster("list", "-A");
    assertEquals(0, table.exit(), table.err());
    List<String> lines = table.out().lines().toList();
    assertEquals(
        "NAME NAMESPACE REVISION STATUS UPDATED CHART", lines.get(0).replaceAll("\\s+", " "));
    assertEquals(4, lines.size(), table.out());
    assertTrue(
        lines
            .get(1)
            .matches("runner\\s+team-a\\s+1\\s+deployed\\s+\\S+\\s+kubiya-runner-0\\.6\\.2"),
        lines.get(1));
    JsonNode yaml =
        new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
            .readTree(cluster("list", "-A", "-o", "yaml").out());
    assertEquals(all, yaml);
  }

  @Test
  void withoutTheOptionTheSecondRunnerIsRefusedNamingTheClash() {
    assertEquals(0, on("runner", "team-a", "install").exit());
    CliRun second = on("runner", "team-b", "install");
    assertEquals(1, second.exit());
    assertTrue(
        second.err().contains("error: refusing to change objects release runner does not own: "),
        second.err());
    assertTrue(
        second
            .err()
            .contains(
                "ClusterRole/kubiya-runner-tool-manager-cluster-pvc-access "
                    + "belongs to release team-a/runner"),
        second.err());

    CliRun plan = on("runner", "team-a", "plan", "--cluster-scoped-names", "release");
    assertEquals(0, plan.exit(), plan.err());
    assertTrue(
        plan.out()
            .contains(
                "+ ClusterRole/runner-kubiya-runner-team-a-tool-manager-cluster-pvc-access\n"),
        plan.out());
    assertTrue(
        plan.out().contains("- ClusterRole/kubiya-runner-tool-manager-cluster-pvc-access\n"),
        plan.out());
  }

  @Test
  void getValuesReturnsWhatWasInstalledAndFeedsBackOnlyWithSecrets() throws IOException {
    assertEquals(
        0,
        on(
                "demo",
                "kubiya",
                "install",
                "--set",
                "agentManager.replicas=3",
                "--set",
                "agentManager.env.API_TOKEN=" + CANARY)
            .exit());

    CliRun values = on("demo", "kubiya", "get", "values");
    assertEquals(0, values.exit(), values.err());
    assertTrue(values.out().contains("replicas: 3"), values.out());
    assertTrue(values.out().contains("API_TOKEN: <redacted>"), values.out());
    assertTrue(values.out().contains("key: <redacted>"), "registryTls.key: " + values.out());
    assertFalse(values.out().contains(CANARY));
    JsonNode asJson = json(on("demo", "kubiya", "get", "values", "-o", "json"));
    assertEquals(3, asJson.get("agentManager").get("replicas").asInt());
    assertEquals("<redacted>", asJson.get("agentManager").get("env").get("API_TOKEN").asText());

    CliRun full = on("demo", "kubiya", "get", "values", "--show-secrets", "--revision", "1");
    assertTrue(full.out().contains(CANARY));
    Path fullFile = Files.writeString(dir.resolve("full.yaml"), full.out());
    CliRun again = on("demo", "kubiya", "upgrade", "-f", fullFile.toString());
    assertEquals(0, again.exit(), again.err() + again.out());
    assertEquals("demo: no changes; revision 1 stays deployed\n", again.out());

    Path masked = Files.writeString(dir.resolve("masked.yaml"), values.out());
    CliRun refused = on("demo", "kubiya", "upgrade", "-f", masked.toString());
    assertEquals(1, refused.exit());
    assertTrue(refused.err().startsWith("ERROR " + masked + ": "), refused.err());
    assertTrue(refused.err().contains(" holds <redacted>"), refused.err());
    assertFalse(refused.err().contains(CANARY));

    CliRun manifest = on("demo", "kubiya", "get", "manifest");
    assertEquals(0, manifest.exit(), manifest.err());
    assertTrue(manifest.out().contains("kind: Deployment"), manifest.out());
    assertFalse(manifest.out().contains(CANARY), "Secret data redacted");
    JsonNode objects = json(on("demo", "kubiya", "get", "manifest", "-o", "json"));
    assertTrue(objects.isArray() && objects.size() > 10);
    assertEquals(
        2, on("demo", "kubiya", "get", "values", "-o", "table").exit(), "documents have no table");
    CliRun missing = on("demo", "kubiya", "get", "values", "--revision", "5");
    assertEquals(1, missing.exit());
    assertEquals("error: release demo has no revision 5 (revisions: 1)\n", missing.err());
  }

  @Test
  void upgradeInstallInstallsThenUpgrades() throws IOException {
    assertEquals(
        1,
        on("demo", "kubiya", "upgrade").exit(),
        "plain upgrade refuses a release that is not installed");
    CliRun first = on("demo", "kubiya", "upgrade", "--install");
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.out().startsWith("demo: revision 1 deployed"), first.out());
    CliRun second =
        on("demo", "kubiya", "upgrade", "--install", "--set", "agentManager.replicas=5");
    assertEquals(0, second.exit(), second.err());
    assertTrue(
        second.out().startsWith("demo: revision 2 deployed (0 created, 1 changed"), second.out());
    JsonNode history = json(on("demo", "kubiya", "history", "-o", "json"));
    assertEquals(
        List.of("superseded", "deployed"),
        List.of(history.get(0).get("status").asText(), history.get(1).get("status").asText()));
  }

  @Test
  void atomicUpgradeWithInjectedFailuresEndsOnThePreviousObjects() throws IOException {
    assertEquals(0, on("demo", "kubiya", "install").exit());
    String before = image();
    server
        .expect()
        .put()
        .withPath("/apis/apps/v1/namespaces/kubiya/deployments/agent-manager")
        .andReturn(
            500,
            new StatusBuilder().withCode(500).withMessage("injected").withStatus("Failure").build())
        .times(5);

    CliRun upgrade =
        on("demo", "kubiya", "upgrade", "--atomic", "--set", "agentManager.image.tag=v9.9.9");

    assertEquals(1, upgrade.exit());
    String error =
        upgrade
            .err()
            .lines()
            .filter(l -> l.startsWith("error: "))
            .findFirst()
            .orElse(upgrade.err());
    assertTrue(
        error.startsWith("error: revision 2 of demo failed: apply Deployment/agent-manager: "),
        error);
    assertTrue(error.endsWith("; rolled back to revision 1 as revision 3"), error);
    assertEquals(before, image());
    JsonNode history = json(on("demo", "kubiya", "history", "-o", "json"));
    assertEquals(3, history.size());
    assertEquals("superseded", history.get(0).get("status").asText());
    assertEquals("failed", history.get(1).get("status").asText());
    assertEquals("deployed", history.get(2).get("status").asText());
    assertEquals("Rollback to 1", history.get(2).get("description").asText());
  }

  @Test
  void atomicFirstInstallFailureIsUninstalled() throws IOException {
    server
        .expect()
        .post()
        .withPath("/apis/apps/v1/namespaces/kubiya/deployments")
        .andReturn(
            500,
            new StatusBuilder().withCode(500).withMessage("injected").withStatus("Failure").build())
        .times(5);

    CliRun install = on("demo", "kubiya", "install", "--atomic");

    assertEquals(1, install.exit());
    assertTrue(install.err().contains("; uninstalled the failed install ("), install.err());
    assertTrue(admin.configMaps().inNamespace("kubiya").list().getItems().isEmpty());
    JsonNode list = json(cluster("list", "-n", "kubiya", "-o", "json"));
    assertEquals("uninstalled", list.get(0).get("status").asText());
    assertTrue(
        list.get(0)
            .get("description")
            .asText()
            .startsWith("Install failed and was uninstalled (atomic): "));
  }

  @Test
  void dryRunsPrintThePlanAndWriteNothing() throws IOException {
    CliRun install = on("demo", "kubiya", "install", "--dry-run");
    assertEquals(0, install.exit(), install.err());
    assertTrue(install.out().contains("+ Deployment/agent-manager\n"), install.out());
    assertTrue(admin.apps().deployments().inNamespace("kubiya").list().getItems().isEmpty());
    assertEquals(1, on("demo", "kubiya", "upgrade", "--dry-run").exit(), "not installed");
    assertEquals(0, on("demo", "kubiya", "upgrade", "--install", "--dry-run").exit());
    assertTrue(
        admin.secrets().inNamespace("kubiya").list().getItems().isEmpty(), "no history either");

    on("demo", "kubiya", "install");
    on("demo", "kubiya", "upgrade", "--set", "agentManager.image.tag=v9.9.9");
    String image = image();
    CliRun upgrade =
        on("demo", "kubiya", "upgrade", "--dry-run", "--set", "agentManager.image.tag=v9.9.8");
    assertTrue(upgrade.out().contains("~ Deployment/agent-manager\n"), upgrade.out());
    CliRun rollback = on("demo", "kubiya", "rollback", "--dry-run");
    assertEquals(0, rollback.exit(), rollback.err());
    assertTrue(rollback.out().contains("~ Deployment/agent-manager\n"), rollback.out());
    CliRun uninstall = on("demo", "kubiya", "uninstall", "--dry-run");
    assertEquals(0, uninstall.exit(), uninstall.err());
    assertTrue(uninstall.out().contains("- Deployment/agent-manager\n"), uninstall.out());
    assertEquals(image, image());
    assertEquals(2, json(on("demo", "kubiya", "history", "-o", "json")).size());
  }

  @Test
  void statusHistoryAndPlanPrintTheDocumentedJson() throws IOException {
    on("demo", "kubiya", "install");
    JsonNode status = json(on("demo", "kubiya", "status", "-o", "json"));
    for (String field :
        List.of(
            "name",
            "namespace",
            "revision",
            "status",
            "updated",
            "chartVersion",
            "grade",
            "components")) {
      assertTrue(status.has(field), field + " missing: " + status);
    }
    assertTrue(status.get("components").get(0).has("images"));
    JsonNode history = json(on("demo", "kubiya", "history", "-o", "json"));
    assertEquals(1, history.get(0).get("revision").asInt());
    JsonNode plan =
        json(on("demo", "kubiya", "plan", "-o", "json", "--set", "agentManager.replicas=4"));
    assertEquals(1, plan.get("summary").get("update").asInt());
    assertEquals(
        "spec.replicas",
        plan.get("changes").findValues("fields").stream()
            .filter(f -> f.size() > 0)
            .findFirst()
            .orElseThrow()
            .get(0)
            .get("path")
            .asText());
    JsonNode yaml =
        new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
            .readTree(on("demo", "kubiya", "status", "-o", "yaml").out());
    assertEquals(status.get("components"), yaml.get("components"));
  }

  @Test
  void badFlagValuesAreUsageErrorsBeforeAnyConnection() {
    assertEquals(2, on("demo", "kubiya", "status", "-o", "xml").exit());
    assertEquals(2, on("demo", "kubiya", "install", "--cluster-scoped-names", "tenant").exit());
    assertEquals(2, cluster("list", "-n", "a", "-A").exit());
    assertEquals(2, CliRun.of("completion", "fish").exit());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void renderAndValidateTakeTheNamingMode() {
    CliRun render =
        CliRun.of(
            "render", "--release", "demo", "-n", "team-a", "--cluster-scoped-names", "release");
    assertEquals(0, render.exit(), render.err());
    assertTrue(
        render.out().contains("name: demo-kubiya-runner-team-a-image-updater-clusterrole\n"),
        render.out());
    assertFalse(render.out().contains("name: kubiya-runner-image-updater-clusterrole\n"));
    CliRun validate =
        CliRun.of(
            "validate", "--release", "demo", "-n", "team-a", "--cluster-scoped-names", "release");
    assertEquals(0, validate.exit(), validate.out() + validate.err());
  }

  @Test
  void completionScriptsPassBashSyntaxCheck() throws Exception {
    for (String shell : List.of("bash", "zsh")) {
      CliRun completion = CliRun.of("completion", shell);
      assertEquals(0, completion.exit(), completion.err());
      assertTrue(completion.out().contains("kubiya-runner"), completion.out());
      assertTrue(completion.out().contains("--cluster-scoped-names"), "options are completed");
      Path script = Files.writeString(dir.resolve("completion." + shell), completion.out());
      Process bash =
          new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
      String output = new String(bash.getInputStream().readAllBytes());
      assertTrue(bash.waitFor(60, TimeUnit.SECONDS), "bash -n did not finish");
      assertEquals(0, bash.exitValue(), "bash -n " + shell + " script: " + output);
    }
    assertTrue(CliRun.of("completion", "zsh").out().contains("bashcompinit"));
  }

  private String image() {
    return admin
        .apps()
        .deployments()
        .inNamespace("kubiya")
        .withName("agent-manager")
        .get()
        .getSpec()
        .getTemplate()
        .getSpec()
        .getContainers()
        .get(0)
        .getImage();
  }
}
