package ai.kubiya.runner.deployer.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.telemetry.alloy.remotewrite.AzureManagedPrometheus;
import ai.kubiya.runner.telemetry.alloy.remotewrite.RemoteWriteAuth;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The preflight against a real Prometheus remote-write receiver: the sample it writes can be
 * queried back. The OAuth2 token endpoint is a MockWebServer (no identity provider runs here).
 */
class PrometheusRemoteWriteTest {
  private static PrometheusServer prometheus;

  @BeforeAll
  static void start() throws Exception {
    prometheus = PrometheusServer.start();
  }

  @AfterAll
  static void stop() {
    if (prometheus != null) {
      prometheus.close();
    }
  }

  private static JsonNode awaitSeries(String runner) throws Exception {
    String query = RemoteWritePreflight.METRIC + "{runner=\"" + runner + "\"}";
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    JsonNode result = prometheus.query(query);
    while (result.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(100);
      result = prometheus.query(query);
    }
    return result;
  }

  @Test
  void sampleIsQueryableAfterThePreflight() throws Exception {
    PreflightResult r =
        RemoteWritePreflight.create()
            .run(
                PreflightRequest.builder()
                    .url(prometheus.writeUrl())
                    .runner("it-runner")
                    .organization("acme")
                    .build());
    assertTrue(r.isOk(), r.toString());
    assertEquals(204, r.status().getAsInt());
    assertTrue(r.latency().compareTo(Duration.ZERO) > 0);

    JsonNode result = awaitSeries("it-runner");
    assertEquals(1, result.size(), result.toString());
    JsonNode metric = result.get(0).path("metric");
    assertEquals("kubiya_runner_preflight", metric.path("__name__").asText());
    assertEquals("acme", metric.path("organization").asText());
    assertEquals("1", result.get(0).path("value").get(1).asText());
  }

  @Test
  void oauth2TokenFromMockIdentityProviderThenRealWrite() throws Exception {
    try (MockWebServer idp = new MockWebServer()) {
      idp.start(InetAddress.getLoopbackAddress(), 0);
      idp.enqueue(
          new MockResponse.Builder()
              .code(200)
              .body("{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":60}")
              .build());
      PreflightResult r =
          RemoteWritePreflight.create()
              .run(
                  PreflightRequest.builder()
                      .url(prometheus.writeUrl())
                      .auth(
                          new RemoteWriteAuth.OAuth2ClientCredentials(
                              "id",
                              "secret",
                              idp.url("/tenant/oauth2/v2.0/token").toString(),
                              List.of(AzureManagedPrometheus.SCOPE)))
                      .runner("it-oauth")
                      .organization("org-2")
                      .build());
      assertTrue(r.isOk(), r.toString());
      assertEquals(1, idp.getRequestCount());
    }
    JsonNode result = awaitSeries("it-oauth");
    assertEquals("org-2", result.get(0).path("metric").path("organization").asText());
  }

  @Test
  void wrongPathIsNotFound() {
    PreflightResult r =
        RemoteWritePreflight.create()
            .run(
                PreflightRequest.builder()
                    .url(prometheus.base().resolve("/api/v1/writ").toString())
                    .runner("x")
                    .organization("o")
                    .build());
    assertEquals(PreflightFailure.NOT_FOUND, r.failure().orElseThrow(), r.toString());
  }
}
