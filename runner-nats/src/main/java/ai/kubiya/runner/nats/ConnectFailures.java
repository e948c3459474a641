package ai.kubiya.runner.nats;

import ai.kubiya.runner.nats.NatsConnectivityException.Problem;
import io.nats.client.AuthenticationException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Turns what went wrong while connecting (the exception jnats threw, and what it reported to the
 * {@link ProbeListener}) into one {@link NatsConnectivityException} that says which way it failed
 * and, for refused credentials, why the server most likely refused them.
 */
final class ConnectFailures {
  private final String server;
  private final NatsCredentials credentials;
  private final Clock clock;

  ConnectFailures(String server, NatsCredentials credentials, Clock clock) {
    this.server = server;
    this.credentials = credentials;
    this.clock = clock;
  }

  NatsConnectivityException classify(Throwable failure, ProbeListener listener) {
    if (listener.refused().isDone()) {
      return refused(listener.refused().join());
    }
    List<Throwable> causes = new ArrayList<>(chain(failure));
    listener.exceptions().forEach(e -> causes.addAll(chain(e)));
    if (causes.stream().anyMatch(AuthenticationException.class::isInstance)) {
      return refused("Authorization Violation");
    }
    for (Throwable t : causes) {
      if (t instanceof SSLException) {
        return tls(describeHandshake(t));
      }
      String message = String.valueOf(t.getMessage());
      if (message.contains("SSL connection wanted by client")) {
        return tls(
            "the server does not offer TLS (use a nats:// URL, or enable TLS on the server)");
      }
      if (message.contains("SSL required by server")) {
        return tls("the server requires TLS (use a tls:// URL)");
      }
    }
    for (Throwable t : causes) {
      String reason = unreachableReason(t);
      if (reason != null) {
        return new NatsConnectivityException(
            Problem.UNREACHABLE, "cannot reach the NATS server at " + server + ": " + reason);
      }
    }
    if (causes.stream().anyMatch(TimeoutException.class::isInstance)) {
      return timeout();
    }
    return new NatsConnectivityException(
        Problem.UNREACHABLE,
        "cannot connect to the NATS server at "
            + server
            + ": "
            + credentials.redact(String.valueOf(failure.getMessage())));
  }

  NatsConnectivityException timeout() {
    return new NatsConnectivityException(
        Problem.TIMEOUT, "the NATS server at " + server + " did not answer in time");
  }

  /** The server refused the credentials; says what about them most likely made it refuse. */
  NatsConnectivityException refused(String serverError) {
    NatsUserClaims claims = credentials.claims();
    String why;
    if (claims.isExpiredAt(clock.instant())) {
      why = "the user JWT expired at " + claims.expiresAt().orElseThrow();
    } else if (!credentials.seedMatchesSubject()) {
      why =
          "the NKEY seed does not belong to the JWT's user, so the server cannot "
              + "verify the connection's signature";
    } else if (!credentials.signatureValid()) {
      why = "the user JWT's signature does not verify";
    } else {
      why =
          "the server does not trust account "
              + claims.account()
              + " that issued them, or they were revoked"
              + " (are they meant for this server?)";
    }
    return new NatsConnectivityException(
        Problem.AUTHORIZATION,
        "the NATS server at "
            + server
            + " refused the credentials ("
            + credentials.redact(serverError)
            + "): "
            + why);
  }

  private NatsConnectivityException tls(String why) {
    return new NatsConnectivityException(
        Problem.TLS, "TLS with the NATS server at " + server + " failed: " + why);
  }

  private static String describeHandshake(Throwable ssl) {
    for (Throwable t : chain(ssl)) {
      if (t instanceof CertPathBuilderException || t instanceof CertPathValidatorException) {
        return "the server's certificate is not trusted (no trusted CA signed it)";
      }
      if (t instanceof CertificateException
          && String.valueOf(t.getMessage()).contains("subject alternative")) {
        return "the server's certificate does not name this host";
      }
    }
    return "the TLS handshake failed (" + ssl.getMessage() + ")";
  }

  private static String unreachableReason(Throwable t) {
    if (t instanceof ConnectException) {
      return "connection refused";
    }
    if (t instanceof UnknownHostException) {
      return "unknown host";
    }
    if (t instanceof NoRouteToHostException) {
      return "no route to host";
    }
    if (t instanceof SocketTimeoutException) {
      return "connection timed out";
    }
    return null;
  }

  private static List<Throwable> chain(Throwable failure) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }
}
