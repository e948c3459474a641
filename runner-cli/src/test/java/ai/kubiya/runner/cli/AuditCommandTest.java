package ai.kubiya.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public contract of {@code audit}: formats, --fail-on thresholds, exit codes 0/1/2. */
class AuditCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void tableByDefaultAndExitZeroWhateverItFinds() {
    CliRun run = CliRun.of("audit", "--release", "demo", "-n", "kubiya");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("CRITICAL ("), run.out());
    assertTrue(run.out().contains("pss-privileged"), run.out());
    assertTrue(
        run.out().contains("DaemonSet/kubiya/demo-dagger-engine [dagger-engine]"), run.out());
    assertTrue(run.out().contains("SUMMARY: "), run.out());
  }

  @Test
  void failOnDecidesTheExitCode() {
    // the default runner's privileged dagger engine is critical
    assertEquals(1, CliRun.of("audit", "--release", "demo", "--fail-on", "critical").exit());
    assertEquals(1, CliRun.of("audit", "--release", "demo", "--fail-on", "low").exit());
    assertEquals(0, CliRun.of("audit", "--release", "demo", "--fail-on", "none").exit());
    // without dagger nothing is critical by default: high is the worst
    assertEquals(
        0,
        CliRun.of(
                "audit",
                "--release",
                "demo",
                "--set",
                "dagger.enabled=false",
                "--fail-on",
                "critical")
            .exit());
    assertEquals(
        1,
        CliRun.of(
                "audit", "--release", "demo", "--set", "dagger.enabled=false", "--fail-on", "high")
            .exit());
    // admin access makes tool-manager cluster-admin: critical again
    CliRun admin =
        CliRun.of(
            "audit",
            "--release",
            "demo",
            "--set",
            "dagger.enabled=false",
            "--set",
            "toolManager.adminClusterRole.create=true",
            "--fail-on",
            "critical");
    assertEquals(1, admin.exit());
    assertTrue(admin.out().contains("rbac-cluster-admin"), admin.out());
  }

  @Test
  void jsonAndSarifParse() throws Exception {
    Path values = tmp.resolve("values.yaml");
    Files.writeString(values, "kubiyaOperator:\n  fullAccess: true\n");
    CliRun json =
        CliRun.of(
            "audit", "--release", "demo", "-n", "kubiya", "-f", values.toString(), "-o", "json");
    assertEquals(0, json.exit(), json.err());
    JsonNode root = JSON.readTree(json.out());
    assertTrue(root.get("findings").size() > 0);
    boolean operatorAdmin = false;
    for (JsonNode f : root.get("findings")) {
      operatorAdmin |=
          f.get("rule").asText().equals("rbac-namespace-admin")
              && f.get("subject").asText().equals("ServiceAccount/kubiya/kubiya-runner-operator")
              && f.get("value").asText().equals("kubiyaOperator.fullAccess");
    }
    assertTrue(operatorAdmin, json.out());
    assertEquals(root.get("findings").size(), root.get("summary").get("total").asInt());

    CliRun sarif = CliRun.of("audit", "--release", "demo", "-o", "sarif");
    assertEquals(0, sarif.exit(), sarif.err());
    JsonNode log = JSON.readTree(sarif.out());
    assertEquals("2.1.0", log.get("version").asText());
    assertEquals(
        root.get("findings").size() - 1,
        log.get("runs").get(0).get("results").size(),
        "fullAccess adds exactly one finding");
  }

  @Test
  void badFlagValuesAreUsageErrorsDecidedFirst() {
    CliRun format = CliRun.of("audit", "--release", "demo", "-o", "xml");
    assertEquals(2, format.exit());
    assertTrue(
        format.err().contains("--output: expected table, json or sarif, got 'xml'"), format.err());
    assertFalse(format.err().contains("\tat "), "no stack trace");
    CliRun failOn =
        CliRun.of(
            "audit",
            "--release",
            "demo",
            "-f",
            tmp.resolve("missing.yaml").toString(),
            "--fail-on",
            "severe");
    assertEquals(2, failOn.exit(), "decided before the values file is read");
    assertTrue(
        failOn
            .err()
            .contains("--fail-on: expected critical, high, medium, low or none, got 'severe'"));
    assertEquals(2, CliRun.of("audit", "--release", "demo", "--fail-on", "info").exit());
    assertEquals(2, CliRun.of("audit").exit(), "missing --release");
  }

  @Test
  void badValuesFailWithOneLine() throws Exception {
    CliRun missing =
        CliRun.of("audit", "--release", "demo", "-f", tmp.resolve("missing.yaml").toString());
    assertEquals(1, missing.exit());
    assertEquals(1, missing.err().lines().count(), missing.err());
    assertEquals("", missing.out());
    CliRun invalid = CliRun.of("audit", "--release", "demo", "--set", "agentManager.replicas=-2");
    assertEquals(1, invalid.exit());
    assertTrue(invalid.err().contains("ERROR agentManager.replicas:"), invalid.err());
    assertEquals("", invalid.out(), "no partial report");
  }
}
