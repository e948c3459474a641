package ai.kubiya.runner.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The JSON, SARIF and table shapes, read back; and no secret ever in any of them. */
class ReportFormatsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void jsonHasFindingsAndSummary() throws Exception {
    AuditReport report = Renders.audit("admin-access");
    JsonNode root = JSON.readTree(ReportFormat.JSON.render(report));
    assertEquals(Set.of("findings", "summary"), fields(root));
    assertEquals(report.findings().size(), root.get("findings").size());
    for (int i = 0; i < report.findings().size(); i++) {
      Finding f = report.findings().get(i);
      JsonNode n = root.get("findings").get(i);
      assertEquals(f.rule().id(), n.get("rule").asText());
      assertEquals(f.severity().id(), n.get("severity").asText());
      assertEquals(f.object(), n.get("object").asText());
      assertEquals(f.message(), n.get("message").asText());
      assertEquals(f.container(), text(n, "container"));
      assertEquals(f.subject(), text(n, "subject"));
      assertEquals(f.value(), text(n, "value"));
    }
    JsonNode summary = root.get("summary");
    assertEquals(report.findings().size(), summary.get("total").asInt());
    assertEquals(
        List.of("critical", "high", "medium", "low", "info"), names(summary.get("bySeverity")));
    assertTrue(summary.get("bySeverity").get("critical").asInt() >= 1);
    assertEquals(
        "privileged",
        summary.get("podSecurity").get("DaemonSet/kubiya/deployment-x-dagger-engine").asText());
    assertEquals(
        "restricted",
        summary.get("podSecurity").get("Deployment/kubiya/deployment-x-kubestatemetrics").asText());
  }

  @Test
  void sarifHasOneResultPerFindingAndEveryRuleInTheDriver() throws Exception {
    AuditReport report = Renders.audit("admin-access");
    JsonNode root = JSON.readTree(ReportFormat.SARIF.render(report));
    assertEquals("2.1.0", root.get("version").asText());
    assertTrue(root.get("$schema").asText().contains("sarif-2.1.0"));
    assertEquals(1, root.get("runs").size());
    JsonNode run = root.get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    assertEquals(AuditRule.values().length, rules.size());
    Set<String> ids = new HashSet<>();
    rules.forEach(
        r -> {
          ids.add(r.get("id").asText());
          assertFalse(r.get("shortDescription").get("text").asText().isEmpty());
          assertFalse(r.get("help").get("text").asText().isEmpty());
          assertTrue(
              Set.of("error", "warning", "note")
                  .contains(r.get("defaultConfiguration").get("level").asText()));
        });
    assertEquals(AuditRule.values().length, ids.size(), "rule ids are unique");
    JsonNode results = run.get("results");
    assertEquals(report.findings().size(), results.size());
    for (int i = 0; i < results.size(); i++) {
      Finding f = report.findings().get(i);
      JsonNode r = results.get(i);
      assertEquals(f.rule().id(), r.get("ruleId").asText());
      assertEquals(f.rule().id(), rules.get(r.get("ruleIndex").asInt()).get("id").asText());
      String level =
          switch (f.severity()) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            default -> "note";
          };
      assertEquals(level, r.get("level").asText());
      assertEquals(f.message(), r.get("message").get("text").asText());
      assertEquals(
          f.object() + f.container().map(c -> "/" + c).orElse(""),
          r.get("locations")
              .get(0)
              .get("logicalLocations")
              .get(0)
              .get("fullyQualifiedName")
              .asText());
      assertEquals(f.value(), text(r.get("properties"), "value"));
      assertEquals(f.subject(), text(r.get("properties"), "subject"));
    }
  }

  @Test
  void tableGroupsBySeverityAndNamesObjectSubjectValue() {
    AuditReport report = Renders.audit("admin-access");
    String table = ReportFormat.TABLE.render(report);
    int last = -1;
    for (Severity s : Severity.values()) {
      int at = table.indexOf("\n" + s.name() + " (");
      if (at < 0 && !table.startsWith(s.name() + " (")) {
        continue;
      }
      at = Math.max(at, 0);
      assertTrue(at > last, s + " comes after the worse groups");
      last = at;
    }
    assertTrue(table.startsWith("CRITICAL ("), table.substring(0, 40));
    String clusterAdminLine =
        table.lines().filter(l -> l.contains("rbac-cluster-admin")).findFirst().orElseThrow();
    assertTrue(clusterAdminLine.contains("ClusterRole/kubiya-runner-tool-manager-fullaccess"));
    assertTrue(clusterAdminLine.contains("ServiceAccount/kubiya/kubiya-runner-tool-manager"));
    assertTrue(clusterAdminLine.contains("toolManager.adminClusterRole.create"));
    assertTrue(table.contains("SUMMARY: " + report.findings().size() + " findings"));
    assertTrue(
        table.contains("DaemonSet/kubiya/deployment-x-dagger-engine")
            && table.contains("privileged"));
  }

  @Test
  void noSecretValueInAnyFormat() {
    String canary = "canary-Zq8vK2-not-for-output";
    AuditReport report =
        Renders.audit(
            "default",
            "alloy.alloy.extraEnv[2].name=AZURE_CLIENT_SECRET",
            "alloy.alloy.extraEnv[2].value=" + canary,
            "nats.jwt=" + canary,
            "nats.secondJwt=" + canary);
    assertEquals(1, report.findings(AuditRule.ENV_PLAIN_SECRET).size());
    for (ReportFormat format : ReportFormat.values()) {
      assertFalse(format.render(report).contains(canary), format + " prints a secret");
    }
    report.findings().forEach(f -> assertFalse(f.toString().contains(canary)));
  }

  @Test
  void parsesFormatAndSeverityNames() {
    assertEquals(Optional.of(ReportFormat.SARIF), ReportFormat.parse("sarif"));
    assertEquals(Optional.empty(), ReportFormat.parse("xml"));
    assertEquals(Optional.of(Severity.HIGH), Severity.parse("HIGH"));
    assertEquals(Optional.empty(), Severity.parse("none"));
    assertTrue(Severity.CRITICAL.atLeast(Severity.HIGH));
    assertFalse(Severity.MEDIUM.atLeast(Severity.HIGH));
  }

  private static Optional<String> text(JsonNode n, String field) {
    return n.has(field) ? Optional.of(n.get(field).asText()) : Optional.empty();
  }

  private static Set<String> fields(JsonNode n) {
    return new HashSet<>(names(n));
  }

  private static List<String> names(JsonNode n) {
    List<String> names = new ArrayList<>();
    Iterator<String> it = n.fieldNames();
    it.forEachRemaining(names::add);
    return names;
  }
}
