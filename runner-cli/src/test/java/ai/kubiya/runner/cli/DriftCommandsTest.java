package ai.kubiya.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code drift} and {@code watch} on fabric8's CRUD mock server (it serves watches, so informers
 * run).
 */
@EnableKubernetesMockClient(crud = true, https = false)
class DriftCommandsTest {
  private static final String NS = "team-a";
  private static final ObjectMapper JSON = new ObjectMapper();

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
          context: {cluster: mock, user: tester}
        current-context: mock
        users:
        - name: tester
          user: {token: test-token}
        """
            .formatted(server.url("/").replaceAll("/$", "")));
  }

  private String[] args(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(
        List.of(
            "--release",
            "runner",
            "-n",
            NS,
            "--kubeconfig",
            kubeconfig.toString(),
            "--context",
            "mock"));
    return all.toArray(String[]::new);
  }

  private CliRun run(String... args) {
    return CliRun.of(args(args));
  }

  private void install() {
    CliRun install = run("install");
    assertEquals(0, install.exit(), install.err());
  }

  private void driftBehindTheSdksBack() {
    admin
        .apps()
        .deployments()
        .inNamespace(NS)
        .withName("agent-manager")
        .edit(
            d -> {
              d.getSpec().setReplicas(5);
              d.getMetadata().getAnnotations().put("platform.example.com/cost-center", "cc-42");
              return d;
            });
    admin.services().inNamespace(NS).withName("tool-manager").delete();
  }

  @Test
  void driftExitsZeroAfterInstallOneAfterEditsAndHealRestoresKeepingForeignFields()
      throws IOException {
    install();
    CliRun clean = run("drift");
    assertEquals(0, clean.exit(), clean.err() + clean.out());
    assertTrue(clean.out().contains("no drift"), clean.out());

    driftBehindTheSdksBack();
    CliRun drifted = run("drift");
    assertEquals(1, drifted.exit(), drifted.err());
    assertTrue(
        drifted.out().contains("Deployment/agent-manager")
            && drifted.out().contains("spec.replicas: 5 (want 2)"),
        drifted.out());
    assertTrue(
        drifted.out().contains("missing") && drifted.out().contains("Service/tool-manager"),
        drifted.out());
    assertFalse(drifted.out().contains("cost-center"), drifted.out());

    JsonNode json = JSON.readTree(run("drift", "-o", "json").out());
    assertFalse(json.get("inLine").asBoolean());
    assertEquals(2, json.get("drifts").size(), json.toString());
    assertEquals("spec.replicas", json.at("/drifts/1/fields/0/path").asText(), json.toString());

    CliRun healed = run("drift", "--heal");
    assertEquals(0, healed.exit(), healed.err() + healed.out());
    assertTrue(healed.out().contains("healed Service/tool-manager"), healed.out());
    Deployment am = admin.apps().deployments().inNamespace(NS).withName("agent-manager").get();
    assertEquals(2, am.getSpec().getReplicas());
    assertEquals(
        "cc-42", am.getMetadata().getAnnotations().get("platform.example.com/cost-center"));
    assertNotNull(admin.services().inNamespace(NS).withName("tool-manager").get());
    assertEquals(0, run("drift").exit());
  }

  @Test
  void ignoredReplicasAreNotDriftAndBadFlagValuesAreUsageErrors() {
    install();
    admin
        .apps()
        .deployments()
        .inNamespace(NS)
        .withName("agent-manager")
        .edit(
            d -> {
              d.getSpec().setReplicas(4);
              return d;
            });
    assertEquals(0, run("drift", "--ignore", "Deployment/*:spec.replicas").exit());

    for (String[] bad :
        List.of(
            new String[] {"drift", "-o", "yaml"},
            new String[] {"drift", "--ignore", "replicas"},
            new String[] {"watch", "--for", "soon"},
            new String[] {"watch", "--for", "0s"})) {
      List<String> all = new ArrayList<>(List.of(bad));
      all.addAll(
          List.of(
              "--release", "runner", "-n", NS, "--kubeconfig", dir.resolve("absent").toString()));
      CliRun run = CliRun.of(all.toArray(String[]::new));
      assertEquals(2, run.exit(), String.join(" ", bad) + ": " + run.err());
      assertFalse(run.err().contains("absent"), "decided before any connection: " + run.err());
    }
  }

  @Test
  void driftOfAReleaseThatIsNotInstalledIsOneLineExitOne() {
    CliRun run = run("drift");
    assertEquals(1, run.exit());
    assertTrue(
        run.err().contains("release runner has no deployed revision in namespace team-a"),
        run.err());
  }

  @Test
  void watchHealRepairsADeletionAndAnEditMadeWhileItRunsAndEndsByItself() throws Exception {
    install();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = KubiyaRunnerCli.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    CompletableFuture<Integer> watch =
        CompletableFuture.supplyAsync(() -> cli.execute(args("watch", "--heal", "--for", "30s")));
    awaitLine(out, "watching team-a/runner");
    Thread.sleep(1000); // let the informers list once (their initial adds trigger the first scan)

    driftBehindTheSdksBack();
    String healedService = awaitLine(out, "healed team-a/runner missing Service/tool-manager");
    String healedDeployment =
        awaitLine(out, "healed team-a/runner changed Deployment/agent-manager");

    assertEquals(
        2,
        admin
            .apps()
            .deployments()
            .inNamespace(NS)
            .withName("agent-manager")
            .get()
            .getSpec()
            .getReplicas());
    assertNotNull(admin.services().inNamespace(NS).withName("tool-manager").get());
    assertEquals(
        "cc-42",
        admin
            .apps()
            .deployments()
            .inNamespace(NS)
            .withName("agent-manager")
            .get()
            .getMetadata()
            .getAnnotations()
            .get("platform.example.com/cost-center"));
    int exit = watch.get(60, TimeUnit.SECONDS);
    assertEquals(0, exit, err.toString());
    assertTrue(out.toString().contains("stopped: "), out.toString());
    System.out.println("watch --heal: " + healedService.trim() + " | " + healedDeployment.trim());
  }

  /** Waits up to 10 s for a line of the output containing {@code text}. */
  private static String awaitLine(StringWriter out, String text) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      for (String line : out.toString().split("\n")) {
        if (line.contains(text)) {
          return line;
        }
      }
      Thread.sleep(20);
    }
    fail("no line with '" + text + "' within 10 s; output:\n" + out);
    return null;
  }
}
