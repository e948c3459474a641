package ai.kubiya.runner.telemetry.alloy.syntax;

import java.util.Objects;

/** One syntax error: where ({@code file:line:col}) and what. */
public record Diagnostic(Position position, String message) {
  public Diagnostic {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(message, "message");
  }

  /** {@code file:line:col: message}. */
  @Override
  public String toString() {
    return position + ": " + message;
  }
}
