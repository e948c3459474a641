package ai.kubiya.runner.deployer;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusCause;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs one API request under the {@link RetryPolicy}: retries 409, 429, 5xx, timeouts and dropped
 * connections with backoff, reporting each retry. A server-side apply field conflict is not
 * retried: it is reported as a {@link DeployException} that names the other field manager.
 */
final class Retrier {
  private final RetryPolicy policy;
  private final ProgressListener listener;

  Retrier(RetryPolicy policy, ProgressListener listener) {
    this.policy = policy;
    this.listener = listener;
  }

  /** How many times a request is sent at most. */
  int maxAttempts() {
    return policy.maxAttempts();
  }

  /** Runs the request; {@code what} names it in progress events, such as {@code apply Secret/x}. */
  <T> T call(String what, Supplier<T> request) {
    return call(what, request, true);
  }

  /**
   * Runs a request whose 409 cannot succeed when sent again (a create that found the object, a
   * write with a resourceVersion precondition): 409 is thrown at once for the caller to handle.
   */
  <T> T callFailingOnConflict(String what, Supplier<T> request) {
    return call(what, request, false);
  }

  private <T> T call(String what, Supplier<T> request, boolean retryConflicts) {
    for (int attempt = 1; ; attempt++) {
      try {
        return request.get();
      } catch (KubernetesClientException e) {
        if (isFieldConflict(e)) {
          throw new DeployException(
              conflictMessage(e) + "; re-run with force-conflicts to take these fields over", e);
        }
        retryOrThrow(what, e, retryable(e) && (retryConflicts || e.getCode() != 409), attempt);
      } catch (DeployException e) {
        throw e;
      } catch (RuntimeException e) {
        retryOrThrow(what, e, causedByIo(e), attempt);
      }
    }
  }

  private void retryOrThrow(String what, RuntimeException e, boolean retryable, int attempt) {
    if (!retryable || attempt >= policy.maxAttempts()) {
      throw e;
    }
    Duration backoff = policy.backoff(attempt);
    listener.onEvent(
        ProgressEvent.of(
            ProgressEvent.Type.RETRYING,
            what
                + " failed ("
                + summary(e)
                + "); retry "
                + attempt
                + " of "
                + (policy.maxAttempts() - 1)
                + " in "
                + backoff.toMillis()
                + " ms"));
    sleep(backoff);
  }

  /** True for the failures worth another try. */
  static boolean retryable(KubernetesClientException e) {
    int code = e.getCode();
    return code == 409 || code == 429 || code >= 500 || causedByIo(e);
  }

  /** True when a timeout or an I/O failure (such as a dropped connection) is among the causes. */
  static boolean causedByIo(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException
          || cause instanceof TimeoutException
          || cause instanceof InterruptedIOException) {
        return true;
      }
    }
    return false;
  }

  /** A short description of a failure: its HTTP code and reason, or its cause's type. */
  static String describe(KubernetesClientException e) {
    if (e.getCode() > 0) {
      Status status = e.getStatus();
      String reason = status != null && status.getReason() != null ? " " + status.getReason() : "";
      return "HTTP " + e.getCode() + reason;
    }
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName()
        + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }

  /** One line about a failure for a person: HTTP code, reason and the server's message. */
  static String summary(RuntimeException e) {
    if (e instanceof DeployException) {
      return e.getMessage();
    }
    if (e instanceof KubernetesClientException k) {
      Status status = k.getStatus();
      String message =
          status != null && status.getMessage() != null ? ": " + status.getMessage() : "";
      return describe(k) + message;
    }
    String message = e.getMessage();
    return e.getClass().getSimpleName()
        + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
  }

  static boolean isFieldConflict(KubernetesClientException e) {
    Status status = e.getStatus();
    if (e.getCode() != 409
        || status == null
        || status.getDetails() == null
        || status.getDetails().getCauses() == null) {
      return false;
    }
    return status.getDetails().getCauses().stream()
        .map(StatusCause::getReason)
        .anyMatch(reason -> reason != null && reason.startsWith("FieldManagerConflict"));
  }

  private static String conflictMessage(KubernetesClientException e) {
    return e.getStatus().getDetails().getCauses().stream()
        .filter(c -> c.getReason() != null && c.getReason().startsWith("FieldManagerConflict"))
        .map(c -> c.getField() + " " + c.getMessage())
        .findFirst()
        .orElse("field manager conflict");
  }

  private static void sleep(Duration backoff) {
    try {
      Thread.sleep(backoff.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeployException("interrupted while waiting to retry", e);
    }
  }
}
