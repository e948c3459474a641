package ai.kubiya.runner.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report for people: findings grouped by severity, worst first, each naming its rule, object
 * (with container), subject and value path, then its message; then the counts and the Pod Security
 * Standards level of each workload.
 */
final class AuditTable {
  private AuditTable() {}

  static String render(AuditReport report) {
    StringBuilder out = new StringBuilder();
    for (Severity s : Severity.values()) {
      List<Finding> group = new ArrayList<>();
      for (Finding f : report.findings()) {
        if (f.severity() == s) {
          group.add(f);
        }
      }
      if (group.isEmpty()) {
        continue;
      }
      out.append(s.name()).append(" (").append(group.size()).append(")\n");
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"RULE", "OBJECT", "SUBJECT", "VALUE"});
      for (Finding f : group) {
        rows.add(
            new String[] {
              f.rule().id(),
              f.object() + f.container().map(c -> " [" + c + "]").orElse(""),
              f.subject().orElse("-"),
              f.value().orElse("-")
            });
      }
      int[] widths = widths(rows);
      for (int i = 0; i < rows.size(); i++) {
        out.append("  ").append(row(rows.get(i), widths)).append('\n');
        if (i > 0) {
          out.append("      ").append(group.get(i - 1).message()).append('\n');
        }
      }
      out.append('\n');
    }
    if (report.findings().isEmpty()) {
      out.append("No findings.\n\n");
    }
    AuditSummary summary = report.summary();
    out.append("SUMMARY: ").append(summary.total()).append(" findings");
    for (Map.Entry<Severity, Integer> e : summary.bySeverity().entrySet()) {
      out.append(", ").append(e.getValue()).append(' ').append(e.getKey().id());
    }
    out.append('\n');
    if (!report.workloads().isEmpty()) {
      out.append("POD SECURITY STANDARDS (highest level met; controls broken)\n");
      List<String[]> rows = new ArrayList<>();
      for (WorkloadPosture w : report.workloads()) {
        List<String> broken = new ArrayList<>();
        w.brokenControls().forEach(r -> broken.add(r.id()));
        rows.add(
            new String[] {
              w.object(), w.level().id(), broken.isEmpty() ? "-" : String.join(", ", broken)
            });
      }
      int[] widths = widths(rows);
      for (String[] r : rows) {
        out.append("  ").append(row(r, widths)).append('\n');
      }
    }
    return out.toString();
  }

  private static int[] widths(List<String[]> rows) {
    int[] widths = new int[rows.get(0).length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        widths[i] = Math.max(widths[i], r[i].length());
      }
    }
    return widths;
  }

  private static String row(String[] cells, int[] widths) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      s.append(cells[i]);
      if (i < cells.length - 1) {
        s.append(" ".repeat(widths[i] - cells[i].length() + 2));
      }
    }
    return s.toString();
  }
}
