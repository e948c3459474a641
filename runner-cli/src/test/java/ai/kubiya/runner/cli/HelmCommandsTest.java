package ai.kubiya.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kubiya-runner helm ...} against fabric8's CRUD mock server seeded with a real Helm
 * release.
 */
@EnableKubernetesMockClient(crud = true, https = false)
class HelmCommandsTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final List<String> CANARIES =
      List.of(
          "CANARY-NATS-JWT",
          "SUCANARYSEED",
          "CANARY-TLS",
          "CANARY-ENV-TOKEN",
          "CANARY-CLIENT-SECRET",
          "Q0FOQVJZLVRMUy1LRVkt",
          "Q0FOQVJZLVRMUy1DUlQt",
          "LS0tLS1CRUdJTiBOQVRT");
  KubernetesMockServer server;
  KubernetesClient admin;
  @TempDir Path dir;
  Path kubeconfig;
  ObjectNode nats;

  @BeforeEach
  void seed() throws IOException {
    kubeconfig = dir.resolve("kubeconfig");
    Files.writeString(
        kubeconfig,
        """
        apiVersion: v1
        kind: Config
        clusters:
        - name: mock
          cluster: {server: %s}
        contexts:
        - name: mock
          context: {cluster: mock, user: tester}
        current-context: mock
        users:
        - name: tester
          user: {token: test-token}
        """
            .formatted(server.url("/").replaceAll("/$", "")));
    nats = HelmSeed.record("nats");
    HelmSeed.install(admin, nats);
  }

  private CliRun helm(String... args) {
    List<String> all = new ArrayList<>(List.of("helm"));
    all.addAll(List.of(args));
    all.addAll(
        List.of(
            "--release",
            "acme-prod",
            "-n",
            "runners",
            "--kubeconfig",
            kubeconfig.toString(),
            "--context",
            "mock"));
    return CliRun.of(all.toArray(String[]::new));
  }

  private static void assertNoCanary(CliRun run) {
    for (String canary : CANARIES) {
      assertFalse(run.out().contains(canary) || run.err().contains(canary), canary);
    }
  }

  @Test
  void valuesWithSecretsEqualTheReleaseConfig() throws IOException {
    CliRun values = helm("values", "--show-secrets");
    assertEquals(0, values.exit(), values.err());
    Map<?, ?> printed = YAML.readValue(values.out(), Map.class);
    assertEquals(HelmSeed.JSON.convertValue(nats.get("config"), Map.class), printed);
  }

  @Test
  void valuesRedactSecretsAndARedactedFileIsRefused() throws IOException {
    CliRun values = helm("values");
    assertEquals(0, values.exit(), values.err());
    assertNoCanary(values);
    Map<?, ?> printed = YAML.readValue(values.out(), Map.class);
    assertEquals("<redacted>", ((Map<?, ?>) printed.get("nats")).get("jwt"));
    assertEquals("<redacted>", ((Map<?, ?>) printed.get("registryTls")).get("key"));
    assertEquals(
        "<redacted>",
        ((Map<?, ?>) ((Map<?, ?>) printed.get("agentManager")).get("env"))
            .get("UPSTREAM_API_TOKEN"));
    assertEquals("acme.runners.prod", ((Map<?, ?>) printed.get("nats")).get("subject"));
    assertTrue(
        values.out().contains("value: \"<redacted>\""),
        values.out()); // AZURE_CLIENT_SECRET in extraEnv

    Path file = dir.resolve("values.yaml");
    Files.writeString(file, values.out());
    CliRun adopt = helm("adopt", "-f", file.toString());
    assertEquals(1, adopt.exit(), adopt.out());
    assertTrue(adopt.err().startsWith("error: " + file + ":"), adopt.err());
    assertTrue(adopt.err().contains("holds <redacted>"), adopt.err());
    CliRun install =
        CliRun.of(
            "install",
            "--release",
            "x",
            "-n",
            "runners",
            "-f",
            file.toString(),
            "--kubeconfig",
            kubeconfig.toString());
    assertEquals(1, install.exit());
    assertTrue(install.err().contains(file + ":"), install.err());
    assertEquals(
        "helm",
        admin
            .secrets()
            .inNamespace("runners")
            .withName("sh.helm.release.v1.acme-prod.v1")
            .get()
            .getMetadata()
            .getLabels()
            .get("owner"));
    assertEquals(
        "deployed",
        admin
            .secrets()
            .inNamespace("runners")
            .withName("sh.helm.release.v1.acme-prod.v1")
            .get()
            .getMetadata()
            .getLabels()
            .get("status"));
  }

  @Test
  void diffShowsOnlyDocumentedDivergencesThenAnOverride() {
    CliRun same = helm("diff");
    assertEquals(0, same.exit(), same.out() + same.err());
    assertNoCanary(same);

    CliRun changed = helm("diff", "--set", "agentManager.replicas=7");
    assertEquals(1, changed.exit(), changed.out() + changed.err());
    assertTrue(
        changed.out().contains("Deployment/runners/agent-manager spec.replicas changed"),
        changed.out());
    assertNoCanary(changed);
  }

  @Test
  void adoptThenTheUsualCommandsWork() {
    CliRun dry = helm("adopt", "--dry-run");
    assertEquals(0, dry.exit(), dry.err());
    assertTrue(dry.out().endsWith("dry run: nothing written\n"), dry.out());
    assertNoCanary(dry);

    CliRun adopt = helm("adopt");
    assertEquals(0, adopt.exit(), adopt.err());
    assertTrue(
        adopt
            .out()
            .contains(
                "acme-prod: adopted from Helm release acme-prod revision 1 (33 relabelled, "
                    + "7 updated to the SDK render, 0 created); Helm's records marked superseded"),
        adopt.out());
    assertNoCanary(adopt);

    CliRun again = helm("adopt");
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.out().endsWith("acme-prod: already adopted; nothing to do\n"), again.out());

    CliRun history =
        CliRun.of(
            "history",
            "--release",
            "acme-prod",
            "-n",
            "runners",
            "--kubeconfig",
            kubeconfig.toString());
    assertEquals(0, history.exit(), history.err());
    assertTrue(
        history.out().contains("adopted from Helm release acme-prod revision 1"), history.out());
  }

  @Test
  void badFlagsAreUsageErrorsAndAFailedReleaseIsRefused() {
    assertEquals(2, helm("values", "--revision", "0").exit());
    assertEquals(2, helm("adopt", "-f", dir.resolve("missing.yaml").toString()).exit());
    assertEquals(2, helm("adopt", "--set", "a[=b").exit());
    CliRun missing =
        CliRun.of(
            "helm",
            "values",
            "--release",
            "nope",
            "-n",
            "runners",
            "--kubeconfig",
            kubeconfig.toString());
    assertEquals(1, missing.exit());
    assertTrue(
        missing.err().startsWith("error: no Helm release nope in namespace runners"),
        missing.err());
  }
}
