package ai.kubiya.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code telemetry preflight} against a loopback token endpoint and remote-write receiver. */
class TelemetryPreflightCommandTest {
  private static final String SECRET = "top-secret-value";

  @TempDir Path dir;
  private HttpServer server;
  private final List<String> seen = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/token",
        x -> {
          String form = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          seen.add("token " + form);
          byte[] body =
              "{\"access_token\":\"tok\",\"token_type\":\"Bearer\"}"
                  .getBytes(StandardCharsets.UTF_8);
          x.sendResponseHeaders(200, body.length);
          x.getResponseBody().write(body);
          x.close();
        });
    server.createContext(
        "/api/v1/write",
        x -> {
          seen.add(
              "write "
                  + x.getRequestHeaders().getFirst("Authorization")
                  + " "
                  + x.getRequestHeaders().getFirst("Content-Encoding"));
          x.getRequestBody().readAllBytes();
          x.sendResponseHeaders(204, -1);
          x.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private CliRun run(Map<String, String> processEnv, String... args) {
    CommandLine cli = KubiyaRunnerCli.newCommandLine();
    CommandLine preflight = cli.getSubcommands().get("telemetry").getSubcommands().get("preflight");
    ((TelemetryPreflightCommand) preflight.getCommand()).processEnvironment = processEnv;
    return CliRun.of(cli, args);
  }

  @Test
  void readsTheValuesEnvironmentAndWritesASample() throws Exception {
    Path values =
        Files.writeString(
            dir.resolve("v.yaml"),
            String.join(
                "\n",
                "organization: acme",
                "alloy:",
                "  alloy:",
                "    extraEnv:",
                "      - name: AZURE_REMOTE_WRITE_URL",
                "        value: \"" + base() + "/api/v1/write\"",
                "      - name: AZURE_CLIENT_ID",
                "        value: \"client-1\"",
                "      - name: AZURE_TOKEN_URL",
                "        value: \"" + base() + "/token\"",
                ""));
    // the secret comes from the command's environment, not the values file
    CliRun r =
        run(
            Map.of("AZURE_CLIENT_SECRET", SECRET),
            "telemetry",
            "preflight",
            "--release",
            "my-runner",
            "-f",
            values.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(
        r.out()
            .startsWith("OK azure: sample kubiya_runner_preflight{runner=\"my-runner\"} accepted"),
        r.out());
    assertEquals(2, seen.size(), seen.toString());
    assertTrue(seen.get(0).contains("client_id=client-1"), seen.get(0));
    assertEquals("write Bearer tok snappy", seen.get(1));
    assertFalse(r.out().contains(SECRET));
  }

  @Test
  void chartPlaceholdersFailClearly() {
    CliRun r = run(Map.of(), "telemetry", "preflight", "--release", "my-runner");
    assertEquals(1, r.exit(), r.out() + r.err());
    assertTrue(
        r.out().contains("FAILED azure: INVALID_URL remote-write URL is not an http(s) URL: xxx"),
        r.out());
  }

  @Test
  void missingVariableIsNamed() throws Exception {
    Path values = Files.writeString(dir.resolve("v.yaml"), "alloy:\n  alloy:\n    extraEnv: []\n");
    CliRun r = run(Map.of(), "telemetry", "preflight", "--release", "r", "-f", values.toString());
    assertEquals(1, r.exit());
    assertTrue(
        r.out().contains("FAILED azure: environment variable AZURE_REMOTE_WRITE_URL is not set"),
        r.out());
  }
}
