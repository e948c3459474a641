package ai.kubiya.runner.model.validation;

/**
 * How serious a {@link Finding} is: {@link #ERROR} stops rendering, {@link #WARNING} does not
 * (unless strict).
 */
public enum Severity {
  /** The value cannot be rendered or would be refused by Kubernetes or Helm. */
  ERROR,
  /** The value renders, but is probably not what the user meant. */
  WARNING
}
