package ai.kubiya.runner.nats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.model.validation.Finding;
import ai.kubiya.runner.nats.NatsConnectivityException.Problem;
import io.nats.client.Connection;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.Subscription;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live check against a real nats-server in operator mode, on a loopback port. */
class NatsConnectivityCheckTest {
  private static final String SUBJECT = "kubiya.runner-a.metrics";

  @TempDir static Path dir;
  private static TestNatsPki pki;
  private static NatsServerProcess server;

  private final NatsConnectivityCheck check =
      NatsConnectivityCheck.builder().timeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void startServer() throws Exception {
    NatsServerProcess.binary();
    pki = TestNatsPki.create();
    server = NatsServerProcess.start(dir, pki.serverTrustConfig());
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  private static NatsCredentials creds(TestNatsPki.TestUser user) {
    return NatsCredentials.of(user.jwt, user.seed);
  }

  @Test
  @SuppressWarnings(
      "try") // jnats' Connection.close() may throw InterruptedException; fine in a test
  void validCredentialsConnectAndPublishTheProbeToTheSubject() throws Exception {
    TestNatsPki.TestUser runner = pki.user("runner-a").publish("kubiya.runner-a.>").issue();
    TestNatsPki.TestUser listener = pki.user("listener").subscribe(">").issue();
    Options options =
        new Options.Builder()
            .server(server.url())
            .authHandler(creds(listener).authHandler())
            .build();
    try (Connection watcher = Nats.connect(options)) {
      Subscription subscription = watcher.subscribe(SUBJECT);
      watcher.flush(Duration.ofSeconds(5));

      NatsProbeResult result = check.probe(server.url(), creds(runner), SUBJECT);

      Message probe = subscription.nextMessage(Duration.ofSeconds(5));
      assertNotNull(probe, "the probe message reached a subscriber of the subject");
      assertTrue(
          new String(probe.getData(), StandardCharsets.UTF_8).contains("connectivity probe"));
      assertEquals(SUBJECT, result.subject());
      assertEquals("nats://127.0.0.1:" + server.port(), result.serverUrl());
      assertFalse(result.serverVersion().isBlank());
      assertTrue(result.roundTrip().compareTo(Duration.ZERO) > 0);
      assertTrue(result.roundTrip().compareTo(Duration.ofSeconds(5)) < 0);
      NoSecrets.assertNone(result.toString(), runner);
    }
  }

  @Test
  void expiredCredentialsAreRefusedAndTheErrorSaysTheyExpired() {
    TestNatsPki.TestUser expired =
        pki.user("runner-a")
            .valid(Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1))
            .issue();

    NatsConnectivityException e =
        assertThrows(
            NatsConnectivityException.class,
            () -> check.probe(server.url(), creds(expired), SUBJECT));

    assertEquals(Problem.AUTHORIZATION, e.problem());
    assertTrue(e.getMessage().contains("Authorization Violation"), e.getMessage());
    assertTrue(e.getMessage().contains("expired at"), e.getMessage());
    NoSecrets.assertNone(e.getMessage(), expired);
  }

  @Test
  void credentialsForAnotherRunnerConnectSoOnlyTheOfflineCheckCatchesThem() throws Exception {
    TestNatsPki.TestUser other = pki.user("runner-b").publish(SUBJECT).issue();
    String base64 = creds(other).toBase64();

    NatsProbeResult live = check.probe(server.url(), creds(other), SUBJECT);
    List<Finding> offline = NatsCredentialCheck.create().check(base64, base64, "runner-a", SUBJECT);

    assertEquals(SUBJECT, live.subject(), "the server knows nothing of runner names");
    assertEquals(2, offline.size(), offline.toString());
    for (Finding finding : offline) {
      assertTrue(
          finding
              .message()
              .startsWith(
                  "the credentials were issued for runner \"runner-b\" but this "
                      + "release's runner name is \"runner-a\""),
          finding.message());
      NoSecrets.assertNone(finding.toString(), other);
    }
  }

  @Test
  void aWrongSeedIsRefusedAndTheErrorSaysTheSeedIsNotTheUsers() {
    TestNatsPki.TestUser user = pki.user("runner-a").issue();
    TestNatsPki.TestUser mixed =
        new TestNatsPki.TestUser(user.jwt, new String(TestNatsPki.newUserKey().getSeed()));

    NatsConnectivityException e =
        assertThrows(
            NatsConnectivityException.class,
            () -> check.probe(server.url(), creds(mixed), SUBJECT));

    assertEquals(Problem.AUTHORIZATION, e.problem());
    assertTrue(
        e.getMessage().contains("NKEY seed does not belong to the JWT's user"), e.getMessage());
    NoSecrets.assertNone(e.getMessage(), mixed, user);
  }

  @Test
  void credentialsOfAnAccountTheServerDoesNotTrustAreRefused() {
    TestNatsPki.TestUser stranger = TestNatsPki.create().user("runner-a").issue();

    NatsConnectivityException e =
        assertThrows(
            NatsConnectivityException.class,
            () -> check.probe(server.url(), creds(stranger), SUBJECT));

    assertEquals(Problem.AUTHORIZATION, e.problem());
    assertTrue(e.getMessage().contains("does not trust account"), e.getMessage());
    NoSecrets.assertNone(e.getMessage(), stranger);
  }

  @Test
  void aSubjectOutsideThePublishPermissionsIsDenied() {
    TestNatsPki.TestUser runner = pki.user("runner-a").publish("kubiya.runner-a.>").issue();

    NatsConnectivityException e =
        assertThrows(
            NatsConnectivityException.class,
            () -> check.probe(server.url(), creds(runner), "kubiya.runner-b.metrics"));

    assertEquals(Problem.PERMISSION_DENIED, e.problem());
    assertTrue(
        e.getMessage().contains("refused the publish to \"kubiya.runner-b.metrics\""),
        e.getMessage());
    NoSecrets.assertNone(e.getMessage(), runner);
  }

  @Test
  void aSubjectTheCredentialsDenyIsDenied() {
    TestNatsPki.TestUser runner = pki.user("runner-a").denyPublish("kubiya.*.metrics").issue();

    NatsConnectivityException e =
        assertThrows(
            NatsConnectivityException.class,
            () -> check.probe(server.url(), creds(runner), SUBJECT));

    assertEquals(Problem.PERMISSION_DENIED, e.problem());
  }

  @Test
  void aClosedPortIsUnreachable() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    TestNatsPki.TestUser runner = pki.user("runner-a").issue();

    NatsConnectivityException e =
        assertThrows(
            NatsConnectivityException.class,
            () -> check.probe("nats://127.0.0.1:" + closed, creds(runner), SUBJECT));

    assertEquals(Problem.UNREACHABLE, e.problem());
    assertEquals(
        "cannot reach the NATS server at nats://127.0.0.1:" + closed + ": connection refused",
        e.getMessage());
  }

  @Test
  void aServerThatNeverAnswersTimesOutWithinTheBound() throws Exception {
    TestNatsPki.TestUser runner = pki.user("runner-a").issue();
    List<Socket> accepted = new ArrayList<>();
    try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      Thread acceptor =
          new Thread(
              () -> {
                try {
                  while (true) {
                    accepted.add(silent.accept());
                  }
                } catch (IOException closed) {
                  // the test is over
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
      NatsConnectivityCheck quick =
          NatsConnectivityCheck.builder().timeout(Duration.ofMillis(500)).build();
      long start = System.nanoTime();

      NatsConnectivityException e =
          assertThrows(
              NatsConnectivityException.class,
              () ->
                  quick.probe("nats://127.0.0.1:" + silent.getLocalPort(), creds(runner), SUBJECT));

      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertEquals(Problem.TIMEOUT, e.problem(), e.getMessage());
      assertTrue(
          took.compareTo(Duration.ofSeconds(3)) < 0,
          "bounded by the timeout and its grace, took " + took);
    } finally {
      for (Socket socket : accepted) {
        socket.close();
      }
    }
  }

  @Test
  void aTlsUrlAgainstAPlainServerIsATlsFailure() {
    TestNatsPki.TestUser runner = pki.user("runner-a").issue();

    NatsConnectivityException e =
        assertThrows(
            NatsConnectivityException.class,
            () -> check.probe(server.url("tls"), creds(runner), SUBJECT));

    assertEquals(Problem.TLS, e.problem());
    assertTrue(e.getMessage().contains("does not offer TLS"), e.getMessage());
  }

  @Test
  void aUrlThatIsNotAUrlIsRefusedBeforeConnecting() {
    TestNatsPki.TestUser runner = pki.user("runner-a").issue();

    NatsConnectivityException e =
        assertThrows(
            NatsConnectivityException.class,
            () -> check.probe("tls://bad host:4222", creds(runner), SUBJECT));

    assertEquals(Problem.INVALID_URL, e.problem());
  }

  @Test
  void aPasswordInTheUrlIsNeverShown() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    TestNatsPki.TestUser runner = pki.user("runner-a").issue();

    NatsConnectivityException e =
        assertThrows(
            NatsConnectivityException.class,
            () ->
                check.probe("nats://probe:s3cr3t-pw@127.0.0.1:" + closed, creds(runner), SUBJECT));

    assertFalse(e.getMessage().contains("s3cr3t-pw"), e.getMessage());
  }

  @Test
  void aWildcardSubjectIsRefusedBeforeConnecting() {
    TestNatsPki.TestUser runner = pki.user("runner-a").issue();

    NatsConnectivityException e =
        assertThrows(
            NatsConnectivityException.class,
            () -> check.probe(server.url(), creds(runner), "kubiya.>"));

    assertEquals(Problem.INVALID_SUBJECT, e.problem());
  }
}
