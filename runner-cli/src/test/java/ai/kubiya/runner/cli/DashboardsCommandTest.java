package ai.kubiya.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.dashboards.model.DashboardJson;
import ai.kubiya.runner.dashboards.runner.RunnerDashboard;
import ai.kubiya.runner.dashboards.runner.RunnerDashboards;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DashboardsCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private CommandLine cli() {
    CommandLine cli = KubiyaRunnerCli.newCommandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli;
  }

  private int run(CommandLine cli, String... args) {
    return cli.execute(args);
  }

  @Test
  void exportWritesOneImportableFilePerDashboard(@TempDir Path dir) throws Exception {
    int code =
        run(
            cli(),
            "dashboards",
            "export",
            "--out",
            dir.resolve("out").toString(),
            "--datasource-uid",
            "prom-1");

    assertEquals(0, code, err.toString());
    for (RunnerDashboard d : RunnerDashboards.catalogue("prom-1")) {
      Path file = dir.resolve("out").resolve(d.fileName() + ".json");
      assertTrue(Files.exists(file), file.toString());
      assertEquals(d.build(), DashboardJson.read(file));
      assertTrue(out.toString().contains("wrote " + file + " (uid " + d.build().uid() + ")"));
    }
    assertEquals(9, Files.list(dir.resolve("out")).count());
  }

  @Test
  void exportRefusesAFileAsDirectory(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("x"), "");
    assertEquals(1, run(cli(), "dashboards", "export", "--out", file.toString()));
    assertEquals("error: " + file + " exists and is not a directory\n", err.toString());
  }

  @Test
  void offlineLintChecksEveryQuery() {
    int code = run(cli(), "dashboards", "lint");
    assertEquals(0, code, out + "\n" + err);
    assertTrue(
        out.toString()
            .matches(
                "(?s).*\\d+ queries of 9 dashboards checked with .*: 0 errors, 0 warnings\\s*"),
        out.toString());
  }

  @Test
  void liveLintAgainstAnUnreachablePrometheusFailsInOneLine() {
    int code = run(cli(), "dashboards", "lint", "--prometheus", "http://127.0.0.1:1");
    assertEquals(1, code);
    assertTrue(
        err.toString().startsWith("error: cannot reach Prometheus at http://127.0.0.1:1/"),
        err.toString());
    assertEquals(1, err.toString().lines().count());
  }

  @Test
  void aBadRangeIsAUsageError() {
    assertEquals(
        2,
        run(cli(), "dashboards", "lint", "--prometheus", "http://127.0.0.1:1", "--range", "soon"));
    assertTrue(err.toString().contains("'soon' is not a duration"), err.toString());
  }

  @Test
  void pushSavesEveryDashboardWithTheTokenFromTheEnvironment() throws Exception {
    try (MockWebServer grafana = new MockWebServer()) {
      grafana.start(InetAddress.getLoopbackAddress(), 0);
      for (int i = 0; i < 9; i++) {
        grafana.enqueue(
            new MockResponse.Builder()
                .code(200)
                .body(
                    "{\"uid\":\"u"
                        + i
                        + "\",\"url\":\"/d/u"
                        + i
                        + "/x\",\"status\":\"success\",\"version\":"
                        + (i + 1)
                        + "}")
                .build());
      }
      CommandLine cli = cli();
      push(cli).environment = Map.of("GRAFANA_TOKEN", "glsa_topsecret")::get;

      int code =
          run(
              cli,
              "dashboards",
              "push",
              "--grafana",
              grafana.url("/").toString(),
              "--folder-uid",
              "runners");

      assertEquals(0, code, err.toString());
      for (RunnerDashboard d : RunnerDashboards.catalogue()) {
        RecordedRequest r = grafana.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("/api/dashboards/db", r.getTarget());
        assertEquals("Bearer glsa_topsecret", r.getHeaders().get("Authorization"));
        JsonNode body = DashboardJson.readTree(r.getBody().utf8(), "request");
        assertEquals(d.build().uid(), body.path("dashboard").path("uid").asText());
        assertEquals("runners", body.path("folderUid").asText());
        assertTrue(body.path("overwrite").asBoolean());
      }
      assertEquals(
          9, out.toString().lines().filter(l -> l.startsWith("saved u")).count(), out.toString());
      assertFalse(out.toString().contains("topsecret"));
    }
  }

  @Test
  void pushStopsAtARefusedTokenWithoutPrintingIt() throws Exception {
    try (MockWebServer grafana = new MockWebServer()) {
      grafana.start(InetAddress.getLoopbackAddress(), 0);
      grafana.enqueue(
          new MockResponse.Builder().code(401).body("{\"message\":\"invalid API key\"}").build());
      CommandLine cli = cli();
      push(cli).environment = Map.of("GRAFANA_TOKEN", "glsa_topsecret")::get;

      int code =
          run(
              cli,
              "dashboards",
              "push",
              "--grafana",
              grafana.url("/").toString(),
              "--no-overwrite");

      assertEquals(1, code);
      assertTrue(err.toString().startsWith("error: Grafana at "), err.toString());
      assertTrue(err.toString().contains("(401 Unauthorized)"), err.toString());
      assertFalse(err.toString().contains("topsecret"));
      assertEquals(1, grafana.getRequestCount());
      assertFalse(
          DashboardJson.readTree(grafana.takeRequest().getBody().utf8(), "r")
              .path("overwrite")
              .asBoolean());
    }
  }

  @Test
  void pushWithoutATokenSaysWhichVariable() {
    CommandLine cli = cli();
    push(cli).environment = Map.<String, String>of()::get;
    assertEquals(1, run(cli, "dashboards", "push", "--grafana", "http://127.0.0.1:1"));
    assertEquals(
        "error: GRAFANA_TOKEN is not set: push needs a Grafana service-account token\n",
        err.toString());
  }

  @Test
  void pushWithoutGrafanaIsAUsageError() {
    assertEquals(2, run(cli(), "dashboards", "push"));
    assertTrue(err.toString().contains("Missing required option: '--grafana=URL'"), err.toString());
  }

  private static DashboardsPushCommand push(CommandLine cli) {
    return cli.getSubcommands().get("dashboards").getSubcommands().get("push").getCommand();
  }
}
