package ai.kubiya.runner.audit;

import java.util.Locale;
import java.util.Optional;

/** The ways to print an {@link AuditReport}. */
public enum ReportFormat {
  /** Findings grouped by severity, then the summary: for people. */
  TABLE,
  /** {@code {"findings":[...],"summary":{...}}}: for scripts. */
  JSON,
  /** SARIF 2.1.0: for code-scanning tools. */
  SARIF;

  /** The report in this format; text ends with a newline. */
  public String render(AuditReport report) {
    switch (this) {
      case JSON:
        return AuditJson.render(report);
      case SARIF:
        return AuditSarif.render(report);
      case TABLE:
      default:
        return AuditTable.render(report);
    }
  }

  /** The lower-case name used on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format named {@code id} ({@code table}, {@code json}, {@code sarif}), ignoring case. */
  public static Optional<ReportFormat> parse(String id) {
    for (ReportFormat f : values()) {
      if (f.id().equalsIgnoreCase(id)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
