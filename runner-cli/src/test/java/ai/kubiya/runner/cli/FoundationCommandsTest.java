package ai.kubiya.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public contract of validate, names and render: output, exit codes 0/1/2, no stack traces. */
class FoundationCommandsTest {
  @TempDir Path tmp;

  @Test
  void helpAndVersion() {
    CliRun help = CliRun.of("--help");
    assertEquals(0, help.exit());
    assertTrue(help.out().contains("render"), help.out());
    CliRun version = CliRun.of("--version");
    assertEquals(0, version.exit());
    assertTrue(version.out().contains("0.6.2"));
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, CliRun.of("validate").exit(), "missing --release");
    assertEquals(2, CliRun.of("render", "--release", "x", "--bogus").exit());
    assertEquals(2, CliRun.of("no-such-command").exit());
  }

  @Test
  void validateReportsTheReadmeReleaseName() throws Exception {
    CliRun run = CliRun.of("validate", "--release", "deploymentX", "--namespace", "kubiya");
    assertEquals(1, run.exit());
    assertTrue(
        run.out()
            .lines()
            .anyMatch(
                l -> l.startsWith("ERROR release: 'deploymentX' is not a valid Helm release name")),
        run.out());
  }

  @Test
  void validatePrintsFindingsWithPathsAndStrictTurnsWarningsIntoErrors() throws Exception {
    Path values = tmp.resolve("v.yaml");
    Files.writeString(
        values, "kubeStateMetrics:\n  enabled: false\nagentManager:\n  replicas: -2\n");
    CliRun run =
        CliRun.of(
            "validate",
            "--release",
            "demo",
            "-f",
            values.toString(),
            "--set",
            "imageUpdater.cronJob.schedule=61 * * * *");
    assertEquals(1, run.exit());
    assertTrue(run.out().contains("ERROR agentManager.replicas: must be >= 0, got -2"), run.out());
    assertTrue(
        run.out().contains("ERROR imageUpdater.cronJob.schedule: invalid cron schedule"),
        run.out());
    assertTrue(
        run.out()
            .contains(
                "WARNING kubeStateMetrics: the chart never reads this key; did "
                    + "you mean 'kubestatemetrics'?"),
        run.out());

    CliRun ok = CliRun.of("validate", "--release", "demo");
    assertEquals(0, ok.exit(), "warnings only: " + ok.out());
    assertTrue(ok.out().contains("WARNING nats.jwt: is empty"), ok.out());
    CliRun strict = CliRun.of("validate", "--release", "demo", "--strict");
    assertEquals(1, strict.exit(), "missing NATS creds is a warning, an error in strict mode");
    assertTrue(strict.out().contains("ERROR nats.jwt:"), strict.out());
  }

  @Test
  void badInputIsOneLineWithoutStackTrace() throws Exception {
    Path broken = tmp.resolve("broken.yaml");
    Files.writeString(broken, "a: b\n  c: : d\n");
    CliRun run = CliRun.of("render", "--release", "demo", "-f", broken.toString());
    assertEquals(1, run.exit());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("ERROR " + broken + ":2: malformed YAML"), run.err());
    assertEquals("", run.out(), "no partial output");
    assertFalse(run.err().contains("at ai.kubiya"), "no stack trace");

    CliRun missing =
        CliRun.of("render", "--release", "demo", "-f", tmp.resolve("nope.yaml").toString());
    assertEquals(1, missing.exit());
    assertTrue(missing.err().contains("no such file"), missing.err());
  }

  @Test
  void secretsNeverReachTheTerminal() {
    String secret = "U0VDUkVULVNFRUQtMTIzNA==";
    CliRun run =
        CliRun.of(
            "validate",
            "--release",
            "demo",
            "--set",
            "nats.jwt=" + secret,
            "--set",
            "registryTls.key=" + secret,
            "--set",
            "alloy.alloy.extraEnv[0].name=AZURE_CLIENT_SECRET",
            "--set",
            "alloy.alloy.extraEnv[0].value=xxx");
    assertFalse(run.out().contains(secret) || run.err().contains(secret), run.out() + run.err());
    CliRun wrongType = CliRun.of("validate", "--release", "demo", "--set", "registryTls.key={a,b}");
    assertFalse(wrongType.out().contains("a,b"), wrongType.out());
  }

  @Test
  void namesPrintsJson() throws Exception {
    CliRun run = CliRun.of("names", "--release", "my-release", "--set", "nameOverride=custom");
    assertEquals(0, run.exit(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals("custom", json.get("name").asText());
    assertEquals("my-release-custom", json.get("fullname").asText());
    assertEquals("kubiya-runner-0.6.2", json.get("chartLabel").asText());
    assertEquals("custom-agent-manager", json.get("serviceAccounts").get("agent-manager").asText());
    assertEquals("my-release-alloy", json.get("subcharts").get("alloy").asText());
  }

  @Test
  void renderToStdoutAndToADirectory() throws Exception {
    CliRun run = CliRun.of("render", "--release", "demo", "--namespace", "kubiya");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("---\n"));
    assertTrue(run.out().contains("name: tool-manager"));

    Path dir = tmp.resolve("out");
    CliRun files =
        CliRun.of(
            "render", "--release", "demo", "--namespace", "kubiya", "--output-dir", dir.toString());
    assertEquals(0, files.exit(), files.err());
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(run.out().split("(?m)^---$").length - 1, s.count());
    }
    try (Stream<Path> s = Files.list(dir)) {
      assertTrue(
          s.anyMatch(
              p -> p.getFileName().toString().matches("\\d{2}-deployment-tool-manager\\.yaml")));
    }
  }

  @Test
  void renderCanAddTheDashboardsAsSidecarConfigMaps() {
    CliRun plain = CliRun.of("render", "--release", "demo", "--namespace", "kubiya");
    CliRun with =
        CliRun.of("render", "--release", "demo", "--namespace", "kubiya", "--with-dashboards");
    assertEquals(0, with.exit(), with.err());
    long extra = with.out().split("(?m)^---$").length - plain.out().split("(?m)^---$").length;
    assertEquals(9, extra, "one ConfigMap per dashboard");
    assertTrue(with.out().contains("grafana_dashboard: \"1\""), "sidecar label");
  }

  @Test
  void renderRefusesInvalidValuesWithTheReport() {
    CliRun run =
        CliRun.of(
            "render",
            "--release",
            "Bad_Name",
            "--set",
            "agentManager.resources.limits.memory=lots");
    assertEquals(1, run.exit());
    assertEquals("", run.out());
    assertTrue(run.err().contains("ERROR release:"), run.err());
    assertTrue(run.err().contains("ERROR agentManager.resources.limits.memory:"), run.err());
  }
}
