package ai.kubiya.runner.nats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.nats.NatsConnectivityException.Problem;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live check against a real nats-server that requires TLS, with a self-signed certificate. */
class NatsTlsConnectivityTest {
  private static final String SUBJECT = "kubiya.runner-a.metrics";

  @TempDir static Path dir;
  private static TestNatsPki pki;
  private static TestTls tls;
  private static NatsServerProcess server;

  @BeforeAll
  static void startServer() throws Exception {
    NatsServerProcess.binary();
    pki = TestNatsPki.create();
    tls = TestTls.create(dir);
    server = NatsServerProcess.start(dir, pki.serverTrustConfig() + tls.serverConfig());
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  private static NatsCredentials runner() {
    TestNatsPki.TestUser user = pki.user("runner-a").publish(SUBJECT).issue();
    return NatsCredentials.of(user.jwt, user.seed);
  }

  @Test
  void aTlsUrlConnectsWhenTheServersCertificateIsTrusted() throws Exception {
    NatsConnectivityCheck check =
        NatsConnectivityCheck.builder()
            .timeout(Duration.ofSeconds(5))
            .sslContext(tls.trustingContext())
            .build();

    NatsProbeResult result = check.probe(server.url("tls"), runner(), SUBJECT);

    assertEquals("tls://127.0.0.1:" + server.port(), result.serverUrl());
  }

  @Test
  void anUntrustedCertificateIsATlsFailure() {
    NatsConnectivityCheck check =
        NatsConnectivityCheck.builder().timeout(Duration.ofSeconds(5)).build();

    NatsConnectivityException e =
        assertThrows(
            NatsConnectivityException.class,
            () -> check.probe(server.url("tls"), runner(), SUBJECT));

    assertEquals(Problem.TLS, e.problem(), e.getMessage());
    assertTrue(e.getMessage().contains("certificate is not trusted"), e.getMessage());
  }

  @Test
  void aPlainUrlAgainstAServerThatRequiresTlsIsATlsFailure() {
    NatsConnectivityCheck check =
        NatsConnectivityCheck.builder().timeout(Duration.ofSeconds(5)).build();

    NatsConnectivityException e =
        assertThrows(
            NatsConnectivityException.class,
            () -> check.probe(server.url("nats"), runner(), SUBJECT));

    assertEquals(Problem.TLS, e.problem(), e.getMessage());
    assertTrue(
        e.getMessage().contains("the server requires TLS (use a tls:// URL)"), e.getMessage());
  }
}
