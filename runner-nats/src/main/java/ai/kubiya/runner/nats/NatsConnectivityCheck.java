package ai.kubiya.runner.nats;

import ai.kubiya.runner.nats.NatsConnectivityException.Problem;
import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.support.NatsUri;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;

/**
 * The live NATS check (jnats): connects to the server with the credentials, publishes one probe
 * message to the subject, flushes, measures the round trip and closes, all within a timeout.
 * Failures are a {@link NatsConnectivityException} whose {@link NatsConnectivityException#problem()
 * problem} says which way it failed: unreachable server, TLS, refused credentials, publish denied
 * on the subject, timeout.
 *
 * <pre>{@code
 * NatsProbeResult ok = NatsConnectivityCheck.builder().timeout(Duration.ofSeconds(5)).build()
 *     .probe("tls://connect.ngs.global", creds, "kubiya.my-runner.metrics");
 * ok.roundTrip();
 * }</pre>
 */
public final class NatsConnectivityCheck {
  /** The default bound on one probe. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private static final Duration GRACE = Duration.ofSeconds(1);

  private final Duration timeout;
  private final SSLContext sslContext;
  private final Clock clock;
  private final String connectionName;

  private NatsConnectivityCheck(Builder builder) {
    this.timeout = builder.timeout;
    this.sslContext = builder.sslContext;
    this.clock = builder.clock;
    this.connectionName = builder.connectionName;
  }

  /** A check with the default timeout and the JVM's default TLS trust. */
  public static NatsConnectivityCheck create() {
    return builder().build();
  }

  /** A builder starting from the defaults of {@link #create()}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Connects to {@code serverUrl} (one URL, or several separated by commas: {@code nats://}, {@code
   * tls://}, {@code ws://}, {@code wss://}) with {@code credentials}, publishes a probe to {@code
   * subject}, and reports how it went.
   */
  public NatsProbeResult probe(String serverUrl, NatsCredentials credentials, String subject)
      throws NatsConnectivityException, InterruptedException {
    Objects.requireNonNull(credentials, "credentials");
    List<NatsUri> servers = servers(serverUrl);
    String shown = NatsServerUrls.display(servers);
    Optional<String> subjectProblem = NatsSubjects.publishProblem(subject == null ? "" : subject);
    if (subjectProblem.isPresent()) {
      throw new NatsConnectivityException(
          Problem.INVALID_SUBJECT,
          "the subject is not one messages can be published to: it " + subjectProblem.get());
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    ProbeListener listener = new ProbeListener();
    ConnectFailures failures = new ConnectFailures(shown, credentials, clock);
    Connection connection =
        connect(options(servers, credentials, listener), listener, failures, deadline);
    try {
      return publishProbe(connection, subject, shown, listener, failures, deadline);
    } finally {
      connection.close();
    }
  }

  private NatsProbeResult publishProbe(
      Connection connection,
      String subject,
      String shown,
      ProbeListener listener,
      ConnectFailures failures,
      long deadline)
      throws NatsConnectivityException, InterruptedException {
    byte[] payload =
        ("{\"kind\":\"kubiya-runner connectivity probe\",\"sentAt\":\"" + clock.instant() + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    long start = System.nanoTime();
    connection.publish(subject, payload);
    try {
      connection.flush(remaining(deadline));
    } catch (TimeoutException e) {
      throw failures.timeout();
    }
    Duration roundTrip = Duration.ofNanos(System.nanoTime() - start);
    String lastError = String.valueOf(connection.getLastError());
    Optional<String> denied =
        lastError.contains("Permissions Violation for Publish")
            ? Optional.of(lastError)
            : listener.serverError("Permissions Violation for Publish");
    if (denied.isPresent()) {
      throw new NatsConnectivityException(
          Problem.PERMISSION_DENIED,
          "the NATS server at "
              + shown
              + " accepted the credentials but refused the publish to \""
              + subject
              + "\": the credentials' publish permissions do not allow that "
              + "subject (the server answered: "
              + denied.get()
              + ")");
    }
    return NatsProbeResult.builder()
        .serverUrl(shown)
        .subject(subject)
        .serverName(String.valueOf(connection.getServerInfo().getServerName()))
        .serverVersion(String.valueOf(connection.getServerInfo().getVersion()))
        .roundTrip(roundTrip)
        .build();
  }

  private Options options(
      List<NatsUri> servers, NatsCredentials credentials, ProbeListener listener)
      throws NatsConnectivityException {
    Options.Builder options =
        new Options.Builder()
            .servers(servers.stream().map(u -> u.getUri().toString()).toArray(String[]::new))
            .authHandler(credentials.authHandler())
            .connectionName(connectionName)
            .connectionTimeout(timeout)
            .noReconnect()
            .noEcho()
            .errorListener(listener);
    if (sslContext != null) {
      options.sslContext(sslContext);
    }
    try {
      return options.build();
    } catch (RuntimeException e) {
      throw new NatsConnectivityException(
          Problem.INVALID_URL,
          "the NATS server URL cannot be used: " + NatsServerUrls.display(servers));
    }
  }

  private Connection connect(
      Options options, ProbeListener listener, ConnectFailures failures, long deadline)
      throws NatsConnectivityException, InterruptedException {
    CompletableFuture<Connection> connecting = new CompletableFuture<>();
    Thread connector =
        new Thread(
            () -> {
              try {
                connecting.complete(Nats.connect(options));
              } catch (Exception e) {
                connecting.completeExceptionally(e);
              }
            },
            "kubiya-nats-probe");
    connector.setDaemon(true);
    connector.start();
    try {
      CompletableFuture.anyOf(connecting, listener.refused())
          .get(remaining(deadline).plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw failures.classify(e.getCause(), listener);
    } catch (TimeoutException e) {
      closeWhenConnected(connecting);
      throw failures.timeout();
    }
    if (listener.refused().isDone()) {
      closeWhenConnected(connecting);
      throw failures.refused(listener.refused().join());
    }
    return connecting.join();
  }

  private static void closeWhenConnected(CompletableFuture<Connection> connecting) {
    connecting.thenAccept(
        c -> {
          try {
            c.close();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
  }

  private static Duration remaining(long deadline) {
    long nanos = deadline - System.nanoTime();
    return nanos <= 0 ? Duration.ofMillis(1) : Duration.ofNanos(nanos);
  }

  private static List<NatsUri> servers(String serverUrl) throws NatsConnectivityException {
    try {
      return NatsServerUrls.parse(serverUrl);
    } catch (IllegalArgumentException e) {
      throw new NatsConnectivityException(
          Problem.INVALID_URL, "the NATS server URL " + e.getMessage());
    }
  }

  /** Configures a {@link NatsConnectivityCheck}. */
  public static final class Builder {
    private Duration timeout = DEFAULT_TIMEOUT;
    private SSLContext sslContext;
    private Clock clock = Clock.systemUTC();
    private String connectionName = "kubiya-runner nats check";

    private Builder() {}

    /** The bound on connecting and on the publish round trip (default 10 seconds). */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("the timeout must be positive");
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * The TLS context for {@code tls://} servers (default: the JVM's, trusting its CA
     * certificates).
     */
    public Builder sslContext(SSLContext sslContext) {
      this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
      return this;
    }

    /** The clock that stamps the probe and judges expiry when explaining refusals. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The connection name the server shows for the probe's connection. */
    public Builder connectionName(String connectionName) {
      this.connectionName = Objects.requireNonNull(connectionName, "connectionName");
      return this;
    }

    /** The check with these settings. */
    public NatsConnectivityCheck build() {
      return new NatsConnectivityCheck(this);
    }
  }
}
