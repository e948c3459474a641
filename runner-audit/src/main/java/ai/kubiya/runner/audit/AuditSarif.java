package ai.kubiya.runner.audit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.Map;

/**
 * The report as SARIF 2.1.0: one run whose driver lists every rule (id, name, descriptions, help,
 * default level, {@code security-severity}), one result per finding with its level, message and the
 * object as a logical location; severity, subject, container and value path go into the result's
 * properties. Levels: critical and high are {@code error}, medium {@code warning}, low and info
 * {@code note}.
 */
final class AuditSarif {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String INFORMATION_URI = "https://github.com/kubiyabot/helm-charts";

  private AuditSarif() {}

  static String level(Severity s) {
    switch (s) {
      case CRITICAL:
      case HIGH:
        return "error";
      case MEDIUM:
        return "warning";
      default:
        return "note";
    }
  }

  /** GitHub code scanning's 0-10 score: critical > 9, high 7-8.9, medium 4-6.9, low < 4. */
  static String securitySeverity(Severity s) {
    switch (s) {
      case CRITICAL:
        return "9.5";
      case HIGH:
        return "8.0";
      case MEDIUM:
        return "5.5";
      case LOW:
        return "3.0";
      default:
        return "0.0";
    }
  }

  static String render(AuditReport report) {
    ObjectNode root = AuditJson.MAPPER.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "kubiya-runner audit");
    driver.put("informationUri", INFORMATION_URI);
    String version = RunnerAudit.class.getPackage().getImplementationVersion();
    if (version != null) {
      driver.put("version", version);
    }
    ArrayNode rules = driver.putArray("rules");
    Map<AuditRule, Integer> index = new EnumMap<>(AuditRule.class);
    for (AuditRule r : AuditRule.values()) {
      index.put(r, rules.size());
      ObjectNode rule = rules.addObject();
      rule.put("id", r.id());
      rule.put("name", r.name());
      rule.putObject("shortDescription").put("text", r.title());
      rule.putObject("fullDescription").put("text", r.help());
      rule.putObject("help").put("text", r.help());
      rule.putObject("defaultConfiguration").put("level", level(r.defaultSeverity()));
      ObjectNode props = rule.putObject("properties");
      props.put("security-severity", securitySeverity(r.defaultSeverity()));
      ArrayNode tags = props.putArray("tags");
      tags.add("security");
      tags.add(r.category().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      r.forbiddenFrom().ifPresent(l -> tags.add("pss-" + l.id()));
    }
    ArrayNode results = run.putArray("results");
    for (Finding f : report.findings()) {
      ObjectNode result = results.addObject();
      result.put("ruleId", f.rule().id());
      result.put("ruleIndex", index.get(f.rule()));
      result.put("level", level(f.severity()));
      result.putObject("message").put("text", f.message());
      ObjectNode location =
          result.putArray("locations").addObject().putArray("logicalLocations").addObject();
      location.put("name", f.container().orElse(f.object()));
      location.put("fullyQualifiedName", f.object() + f.container().map(c -> "/" + c).orElse(""));
      location.put("kind", f.container().isPresent() ? "member" : "resource");
      ObjectNode props = result.putObject("properties");
      props.put("severity", f.severity().id());
      props.put("security-severity", securitySeverity(f.severity()));
      props.put("object", f.object());
      f.container().ifPresent(c -> props.put("container", c));
      f.subject().ifPresent(s -> props.put("subject", s));
      f.value().ifPresent(v -> props.put("value", v));
    }
    return AuditJson.write(root);
  }
}
