package ai.kubiya.runner.manifests;

import ai.kubiya.runner.model.validation.ValidationReport;

/**
 * A config that cannot be rendered; carries the validation report, whose first error is the
 * message.
 */
public final class InvalidConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ValidationReport report;

  /** A failure with this report (which holds at least one error). */
  public InvalidConfigException(ValidationReport report) {
    super(
        report.errors().isEmpty()
            ? "invalid config"
            : report.errors().get(0).path() + ": " + report.errors().get(0).message(),
        null,
        false,
        false);
    this.report = report;
  }

  /** Every finding. */
  public ValidationReport report() {
    return report;
  }
}
