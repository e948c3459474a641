package ai.kubiya.runner.nats;

import java.util.Objects;

/**
 * A live NATS check that failed, with {@link #problem()} saying which way: the message is one line
 * for people and never holds a credential or the password part of a URL.
 */
public final class NatsConnectivityException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Which way the check failed. */
  public enum Problem {
    /** {@code nats.serverUrl} is not a NATS server URL. */
    INVALID_URL,
    /** {@code nats.subject} is not a subject messages can be published to. */
    INVALID_SUBJECT,
    /** Nothing answers at the server's address (refused, unknown host, no route). */
    UNREACHABLE,
    /** TLS failed: the server offers none, requires it, or its certificate is not trusted. */
    TLS,
    /** The server refused the credentials (expired, revoked, wrong seed, untrusted account). */
    AUTHORIZATION,
    /** The server accepted the credentials but refused the publish to the subject. */
    PERMISSION_DENIED,
    /** The server did not answer within the check's timeout. */
    TIMEOUT
  }

  private final Problem problem;

  NatsConnectivityException(Problem problem, String message) {
    super(message);
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** Which way the check failed. */
  public Problem problem() {
    return problem;
  }
}
