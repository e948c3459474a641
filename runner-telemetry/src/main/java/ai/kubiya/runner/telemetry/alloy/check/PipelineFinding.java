package ai.kubiya.runner.telemetry.alloy.check;

import ai.kubiya.runner.model.validation.Severity;
import ai.kubiya.runner.telemetry.alloy.syntax.Position;
import java.util.Objects;

/**
 * One problem found in a pipeline: where, which check, and what. {@link #toString()} is {@code
 * file:line:col: message}.
 */
public record PipelineFinding(Severity severity, Position position, Check check, String message) {
  /** The checks {@link PipelineChecks} runs. */
  public enum Check {
    /** The source does not parse. */
    SYNTAX,
    /** A reference names an undeclared component or a field the component does not export. */
    REFERENCE,
    /** A blackbox target uses a module its exporter's config does not define. */
    BLACKBOX_MODULE,
    /** A duration does not parse. */
    DURATION,
    /** A relabel rule's action is unknown or misses what the action needs. */
    RELABEL,
    /** Two components share kind and label. */
    DUPLICATE_LABEL
  }

  public PipelineFinding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return position + ": " + message;
  }
}
