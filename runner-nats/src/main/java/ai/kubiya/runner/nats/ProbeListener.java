package ai.kubiya.runner.nats;

import io.nats.client.Connection;
import io.nats.client.ErrorListener;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Collects what jnats reports while a probe runs: the server's {@code -ERR} lines and the client's
 * exceptions. {@link #refused()} completes as soon as the server refuses the credentials, so the
 * probe need not wait for jnats' own connect timeout.
 */
final class ProbeListener implements ErrorListener {
  private final List<String> serverErrors = new CopyOnWriteArrayList<>();
  private final List<Exception> exceptions = new CopyOnWriteArrayList<>();
  private final CompletableFuture<String> refused = new CompletableFuture<>();

  @Override
  public void errorOccurred(Connection conn, String error) {
    serverErrors.add(error);
    if (isAuthorizationError(error)) {
      refused.complete(error);
    }
  }

  @Override
  public void exceptionOccurred(Connection conn, Exception exp) {
    exceptions.add(exp);
  }

  /** Completes with the server's error when it refuses the credentials. */
  CompletableFuture<String> refused() {
    return refused;
  }

  List<Exception> exceptions() {
    return exceptions;
  }

  /** The server's first error that contains {@code text}, ignoring case. */
  Optional<String> serverError(String text) {
    String wanted = text.toLowerCase(Locale.ROOT);
    return serverErrors.stream()
        .filter(e -> e.toLowerCase(Locale.ROOT).contains(wanted))
        .findFirst();
  }

  static boolean isAuthorizationError(String error) {
    String e = error.toLowerCase(Locale.ROOT);
    return e.contains("authorization") || e.contains("authentication");
  }
}
