package ai.kubiya.runner.deployer.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.telemetry.alloy.remotewrite.AzureManagedPrometheus;
import ai.kubiya.runner.telemetry.alloy.remotewrite.RemoteWriteAuth;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The preflight against MockWebServer: the request it sends and how it reads each failure. */
class RemoteWritePreflightTest {
  private static final String SECRET = "s3cr3t-value";

  private MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start(java.net.InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private PreflightRequest.Builder request(String path) {
    return PreflightRequest.builder()
        .url(server.url(path).toString())
        .runner("r1")
        .organization("acme")
        .timeout(Duration.ofSeconds(5));
  }

  private static void assertNoSecret(PreflightResult r) {
    assertFalse(r.message().contains(SECRET), r.message());
    assertFalse(r.toString().contains(SECRET), r.toString());
  }

  @Test
  void oauth2TokenThenSnappyProtobufWrite() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "application/json")
            .body("{\"access_token\":\"tok-123\",\"token_type\":\"Bearer\",\"expires_in\":3599}")
            .build());
    server.enqueue(new MockResponse.Builder().code(204).build());
    long before = System.currentTimeMillis();

    PreflightResult r =
        RemoteWritePreflight.create()
            .run(
                request("/api/v1/write")
                    .auth(
                        new RemoteWriteAuth.OAuth2ClientCredentials(
                            "client-1",
                            SECRET,
                            server.url("/tenant/oauth2/v2.0/token").toString(),
                            List.of(AzureManagedPrometheus.SCOPE)))
                    .build());

    assertTrue(r.isOk(), r.toString());
    assertEquals(204, r.status().getAsInt());
    assertNoSecret(r);

    RecordedRequest token = server.takeRequest(1, TimeUnit.SECONDS);
    assertEquals("/tenant/oauth2/v2.0/token", token.getUrl().encodedPath());
    String form = token.getBody().utf8();
    assertTrue(form.contains("grant_type=client_credentials"), form);
    assertTrue(form.contains("client_id=client-1"), form);
    assertTrue(form.contains("client_secret=" + SECRET), form);
    assertTrue(form.contains("scope=https%3A%2F%2Fmonitor.azure.com%2F.default"), form);

    RecordedRequest write = server.takeRequest(1, TimeUnit.SECONDS);
    assertEquals("POST", write.getMethod());
    assertEquals("Bearer tok-123", write.getHeaders().get("Authorization"));
    assertEquals("snappy", write.getHeaders().get("Content-Encoding"));
    assertEquals("0.1.0", write.getHeaders().get("X-Prometheus-Remote-Write-Version"));
    assertTrue(write.getHeaders().get("Content-Type").startsWith("application/x-protobuf"));
    List<WriteRequestDecoder.Series> series =
        WriteRequestDecoder.decode(write.getBody().toByteArray());
    assertEquals(1, series.size());
    assertEquals(
        Map.of("__name__", "kubiya_runner_preflight", "organization", "acme", "runner", "r1"),
        series.get(0).labels());
    assertEquals(
        List.of("__name__", "organization", "runner"),
        List.copyOf(series.get(0).labels().keySet()));
    assertEquals(1.0, series.get(0).samples().get(0)[0]);
    long ts = (long) series.get(0).samples().get(0)[1];
    assertTrue(ts >= before && ts <= System.currentTimeMillis(), "timestamp is now: " + ts);
  }

  @Test
  void basicAuthAndBearerHeaders() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).build());
    server.enqueue(new MockResponse.Builder().code(200).build());
    RemoteWritePreflight preflight = RemoteWritePreflight.create();
    assertTrue(
        preflight
            .run(request("/w").auth(new RemoteWriteAuth.Basic("user", SECRET)).build())
            .isOk());
    assertTrue(
        preflight.run(request("/w").auth(new RemoteWriteAuth.Bearer(SECRET)).build()).isOk());
    assertTrue(server.takeRequest().getHeaders().get("Authorization").startsWith("Basic "));
    assertEquals("Bearer " + SECRET, server.takeRequest().getHeaders().get("Authorization"));
  }

  @Test
  void httpFailuresAreNamed() {
    RemoteWritePreflight preflight = RemoteWritePreflight.create();
    Object[][] cases = {
      {400, PreflightFailure.BAD_REQUEST, "out of order sample"},
      {401, PreflightFailure.UNAUTHORIZED, "not accepted"},
      {403, PreflightFailure.FORBIDDEN, "Monitoring Metrics Publisher"},
      {404, PreflightFailure.NOT_FOUND, "no remote-write receiver"},
      {503, PreflightFailure.SERVER_ERROR, "HTTP 503"},
    };
    for (Object[] c : cases) {
      server.enqueue(
          new MockResponse.Builder()
              .code((int) c[0])
              .body(c[0].equals(400) ? "out of order sample\n" : "echo " + SECRET)
              .build());
      PreflightResult r =
          preflight.run(request("/api/v1/write").auth(new RemoteWriteAuth.Bearer(SECRET)).build());
      assertEquals(c[1], r.failure().orElseThrow(), r.toString());
      assertEquals((int) c[0], r.status().getAsInt());
      assertTrue(r.message().contains((String) c[2]), r.message());
      assertNoSecret(r);
    }
  }

  @Test
  void refusedTokenIsReportedWithoutTheSecret() {
    server.enqueue(
        new MockResponse.Builder()
            .code(401)
            .body(
                "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: "
                    + "Invalid client secret "
                    + SECRET
                    + " provided.\"}")
            .build());
    PreflightResult r =
        RemoteWritePreflight.create()
            .run(
                request("/w")
                    .auth(
                        new RemoteWriteAuth.OAuth2ClientCredentials(
                            "id", SECRET, server.url("/token").toString(), List.of()))
                    .build());
    assertEquals(PreflightFailure.TOKEN, r.failure().orElseThrow());
    assertTrue(r.message().contains("HTTP 401 invalid_client AADSTS7000215"), r.message());
    assertNoSecret(r);
    assertEquals(1, server.getRequestCount(), "no write without a token");
  }

  @Test
  void aTokenEndpointEchoingTheFormHasTheUrlEncodedSecretScrubbed() {
    String secret = "s3cr3t/val+ue=";
    server.enqueue(
        new MockResponse.Builder()
            .code(400)
            .body(
                "{\"error\":\"invalid_request\",\"error_description\":\"bad form: client_secret="
                    + java.net.URLEncoder.encode(secret, java.nio.charset.StandardCharsets.UTF_8)
                    + "\"}")
            .build());
    PreflightResult r =
        RemoteWritePreflight.create()
            .run(
                request("/w")
                    .auth(
                        new RemoteWriteAuth.OAuth2ClientCredentials(
                            "id", secret, server.url("/token").toString(), List.of()))
                    .build());
    assertFalse(r.message().contains("s3cr3t"), r.message());
    assertTrue(r.message().contains("<redacted>"), r.message());
  }

  @Test
  void aReceiverEchoingAuthorizationHasTheAccessTokenScrubbed() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "application/json")
            .body("{\"access_token\":\"tok-CANARY-123456\",\"token_type\":\"Bearer\"}")
            .build());
    server.enqueue(
        new MockResponse.Builder()
            .code(401)
            .body("unauthorized: Authorization: Bearer tok-CANARY-123456")
            .build());
    PreflightResult r =
        RemoteWritePreflight.create()
            .run(
                request("/w")
                    .auth(
                        new RemoteWriteAuth.OAuth2ClientCredentials(
                            "id", SECRET, server.url("/token").toString(), List.of()))
                    .build());
    assertFalse(r.message().contains("CANARY"), r.message());
    assertNoSecret(r);
  }

  @Test
  void timeout() {
    server.enqueue(new MockResponse.Builder().code(204).headersDelay(3, TimeUnit.SECONDS).build());
    PreflightResult r =
        RemoteWritePreflight.create().run(request("/w").timeout(Duration.ofMillis(300)).build());
    assertEquals(PreflightFailure.TIMEOUT, r.failure().orElseThrow(), r.toString());
    assertTrue(r.message().contains("within 300 ms"), r.message());
  }

  @Test
  void tlsFailureWhenTheServerSpeaksPlainHttp() throws Exception {
    // A plain-HTTP server that answers at once, so the TLS handshake fails on its first read
    // rather than waiting on a server that waits for a request line.
    try (ServerSocket plain = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Thread answer =
          new Thread(
              () -> {
                try (java.net.Socket s = plain.accept()) {
                  s.getOutputStream()
                      .write(
                          "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                              .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                  s.getOutputStream().flush();
                } catch (java.io.IOException ignored) {
                  // the client went away: nothing to answer
                }
              });
      answer.setDaemon(true);
      answer.start();
      String url = "https://127.0.0.1:" + plain.getLocalPort() + "/api/v1/write";
      PreflightResult r =
          RemoteWritePreflight.create()
              .run(
                  PreflightRequest.builder()
                      .url(url)
                      .runner("r")
                      .organization("o")
                      .timeout(Duration.ofSeconds(30))
                      .build());
      assertEquals(PreflightFailure.TLS, r.failure().orElseThrow(), r.toString());
    }
  }

  @Test
  void dnsFailure() {
    OkHttpClient client =
        new OkHttpClient.Builder()
            .dns(
                host -> {
                  throw new UnknownHostException(host);
                })
            .build();
    PreflightResult r =
        RemoteWritePreflight.using(client)
            .run(
                PreflightRequest.builder()
                    .url("https://nowhere.example.invalid/api/v1/write")
                    .runner("r")
                    .organization("o")
                    .build());
    assertEquals(PreflightFailure.DNS, r.failure().orElseThrow());
    assertTrue(
        r.message().contains("cannot resolve host \"nowhere.example.invalid\""), r.message());
  }

  @Test
  void connectionRefused() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    PreflightResult r =
        RemoteWritePreflight.create()
            .run(
                PreflightRequest.builder()
                    .url("http://127.0.0.1:" + port + "/api/v1/write")
                    .runner("r")
                    .organization("o")
                    .build());
    assertEquals(PreflightFailure.CONNECT, r.failure().orElseThrow(), r.toString());
  }

  @Test
  void invalidUrl() {
    PreflightResult r =
        RemoteWritePreflight.create()
            .run(PreflightRequest.builder().url("xxx").runner("r").organization("o").build());
    assertEquals(PreflightFailure.INVALID_URL, r.failure().orElseThrow());
  }

  @Test
  void requestForTargetReadsTheEnvironmentAndNamesWhatIsMissing() {
    Map<String, String> env =
        Map.of(
            "AZURE_REMOTE_WRITE_URL", "https://dce.example/api/v1/write",
            "AZURE_CLIENT_ID", "id",
            "AZURE_CLIENT_SECRET", SECRET,
            "AZURE_TOKEN_URL", "https://login.example/t/oauth2/v2.0/token");
    PreflightRequest req =
        PreflightRequest.forTarget(AzureManagedPrometheus.chartDefault(), env, "r", "o");
    assertEquals("https://dce.example/api/v1/write", req.url());
    RemoteWriteAuth.OAuth2ClientCredentials auth =
        (RemoteWriteAuth.OAuth2ClientCredentials) req.auth();
    assertEquals(List.of("https://monitor.azure.com/.default"), auth.scopes());
    assertFalse(req.toString().contains(SECRET), req.toString());

    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () ->
                PreflightRequest.forTarget(
                    AzureManagedPrometheus.chartDefault(),
                    Map.of("AZURE_REMOTE_WRITE_URL", "u"),
                    "r",
                    "o"));
    assertEquals("environment variable AZURE_CLIENT_ID is not set", e.getMessage());
  }
}
