package ai.kubiya.runner.deployer.preflight;

import ai.kubiya.runner.testfixtures.InstalledTools;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A real Prometheus (the Debian package's binary) on a free loopback port, with its remote-write
 * receiver enabled and a throw-away TSDB. Without the binary the test fails, naming the package.
 */
final class PrometheusServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path dir;
  private final int port;
  private final OkHttpClient http = new OkHttpClient();

  private PrometheusServer(Process process, Path dir, int port) {
    this.process = process;
    this.dir = dir;
    this.port = port;
  }

  static PrometheusServer start() throws Exception {
    Path bin = InstalledTools.require("prometheus", "prometheus");
    Path dir = Files.createTempDirectory("prometheus-it");
    Path config = dir.resolve("prometheus.yml");
    Files.writeString(config, "global:\n  scrape_interval: 1h\n");
    int port = freePort();
    Process process =
        new ProcessBuilder(
                bin.toString(),
                "--config.file=" + config,
                "--storage.tsdb.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port,
                "--web.enable-remote-write-receiver",
                "--log.level=warn")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("prometheus.log").toFile())
            .start();
    PrometheusServer server = new PrometheusServer(process, dir, port);
    try {
      server.awaitReady(Duration.ofSeconds(60));
    } catch (Exception e) {
      String log =
          Files.exists(dir.resolve("prometheus.log"))
              ? Files.readString(dir.resolve("prometheus.log"))
              : "";
      server.close();
      throw new IllegalStateException(
          "prometheus did not become ready: " + e.getMessage() + "\n" + log, e);
    }
    return server;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private void awaitReady(Duration limit) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("prometheus exited with " + process.exitValue());
      }
      try (Response r =
          http.newCall(new Request.Builder().url(base().resolve("/-/ready")).build()).execute()) {
        if (r.code() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("not ready within " + limit);
  }

  HttpUrl base() {
    return HttpUrl.get("http://127.0.0.1:" + port + "/");
  }

  /** The remote-write receiver's URL. */
  String writeUrl() {
    return base().resolve("/api/v1/write").toString();
  }

  /** The result vector of an instant query. */
  JsonNode query(String promql) throws IOException {
    HttpUrl url =
        base()
            .newBuilder()
            .addPathSegments("api/v1/query")
            .addQueryParameter("query", promql)
            .build();
    try (Response r = http.newCall(new Request.Builder().url(url).build()).execute()) {
      JsonNode body = JSON.readTree(r.body().string());
      if (!"success".equals(body.path("status").asText())) {
        throw new IOException("query failed: " + body);
      }
      return body.path("data").path("result");
    }
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // best effort
    }
  }
}
