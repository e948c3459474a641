package ai.kubiya.runner.deployer.preflight;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The outcome of a preflight: success, or the failure kind with a one-line message; the HTTP status
 * when there was one and the write's latency. Messages never contain secrets.
 */
public final class PreflightResult {
  private final PreflightFailure failure;
  private final Integer status;
  private final Duration latency;
  private final String message;

  private PreflightResult(
      PreflightFailure failure, Integer status, Duration latency, String message) {
    this.failure = failure;
    this.status = status;
    this.latency = Objects.requireNonNull(latency, "latency");
    this.message = Objects.requireNonNull(message, "message");
  }

  static PreflightResult ok(int status, Duration latency, String message) {
    return new PreflightResult(null, status, latency, message);
  }

  static PreflightResult failed(
      PreflightFailure failure, Integer status, Duration latency, String message) {
    return new PreflightResult(
        Objects.requireNonNull(failure, "failure"), status, latency, message);
  }

  /** True when the receiver accepted the sample (HTTP 2xx). */
  public boolean isOk() {
    return failure == null;
  }

  /** Why it failed, when it did. */
  public Optional<PreflightFailure> failure() {
    return Optional.ofNullable(failure);
  }

  /** The remote-write response's HTTP status, when one was received. */
  public OptionalInt status() {
    return status == null ? OptionalInt.empty() : OptionalInt.of(status);
  }

  /** Time from sending the write to its response (or failure). */
  public Duration latency() {
    return latency;
  }

  /** One line saying what happened. */
  public String message() {
    return message;
  }

  @Override
  public String toString() {
    return (isOk() ? "OK" : failure.name()) + " " + message + " (" + latency.toMillis() + " ms)";
  }
}
