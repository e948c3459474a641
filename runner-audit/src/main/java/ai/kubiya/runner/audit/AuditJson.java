package ai.kubiya.runner.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The report as JSON: {@code {"findings":[{rule, severity, object, container?, subject?, message,
 * value?}], "summary":{"total", "bySeverity":{critical..info}, "podSecurity":{object: level}}}}.
 */
final class AuditJson {
  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AuditJson() {}

  static String render(AuditReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      findings.add(finding(f));
    }
    root.set("summary", summary(report.summary()));
    return write(root);
  }

  static ObjectNode finding(Finding f) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("rule", f.rule().id());
    n.put("severity", f.severity().id());
    n.put("object", f.object());
    f.container().ifPresent(c -> n.put("container", c));
    f.subject().ifPresent(s -> n.put("subject", s));
    n.put("message", f.message());
    f.value().ifPresent(v -> n.put("value", v));
    return n;
  }

  static ObjectNode summary(AuditSummary summary) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("total", summary.total());
    ObjectNode counts = n.putObject("bySeverity");
    for (Map.Entry<Severity, Integer> e : summary.bySeverity().entrySet()) {
      counts.put(e.getKey().id(), e.getValue());
    }
    ObjectNode levels = n.putObject("podSecurity");
    for (Map.Entry<String, PssLevel> e : summary.podSecurity().entrySet()) {
      levels.put(e.getKey(), e.getValue().id());
    }
    return n;
  }

  static String write(Object tree) {
    try {
      return MAPPER.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // a tree of strings and numbers always serializes
    }
  }
}
