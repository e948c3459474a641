package ai.kubiya.runner.dashboards.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.dashboards.model.Dashboard;
import ai.kubiya.runner.dashboards.model.StatPanel;
import ai.kubiya.runner.dashboards.model.Target;
import ai.kubiya.runner.dashboards.runner.RunnerDashboards;
import ai.kubiya.runner.testfixtures.InstalledTools;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every query of the nine dashboards against a real Prometheus (Debian package {@code prometheus})
 * scraping a test exporter that serves the series a runner sends ({@code lint/runner-series.prom}).
 */
class LivePrometheusLintTest {
  private static FixtureExporter exporter;
  private static PrometheusProcess prometheus;
  private static LiveLint lint;
  private static LiveLintReport report;

  @BeforeAll
  static void startPrometheus() throws Exception {
    Path binary = InstalledTools.require("prometheus", "prometheus");
    exporter = FixtureExporter.serving("/lint/runner-series.prom");
    prometheus = PrometheusProcess.start(binary, exporter.address());
    PrometheusApi api = PrometheusApi.of(prometheus.url());
    awaitScrapes(api, 3);
    lint =
        LiveLint.against(api)
            .withBuiltins(
                GrafanaBuiltins.of(
                    Duration.ofSeconds(5), Duration.ofMinutes(1), Duration.ofMinutes(5)))
            .withStep(Duration.ofSeconds(5));
    report = lint.run(RunnerDashboards.build(RunnerDashboards.CHART_DATASOURCE_UID));
  }

  @AfterAll
  static void stop() {
    if (prometheus != null) {
      prometheus.close();
    }
    if (exporter != null) {
      exporter.close();
    }
  }

  /** Waits until Prometheus holds {@code n} samples of the fixture (rates need two). */
  private static void awaitScrapes(PrometheusApi api, int n) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      PrometheusApi.QueryResult r =
          api.query("count_over_time(up{job=\"runner-fixture\"}[1m]) >= " + n, Instant.now());
      if (!r.isError() && r.series() > 0) {
        return;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("Prometheus did not scrape the fixture " + n + " times");
  }

  @Test
  void everyQueryExecutesWithoutError() {
    assertTrue(report.outcomes().size() > 120, "every query ran: " + report.outcomes().size());
    assertTrue(
        report.errors().isEmpty(),
        () ->
            report.errors().stream()
                .map(o -> o + "\n  " + o.sent())
                .collect(Collectors.joining("\n")));
    assertTrue(report.variableProblems().isEmpty(), report.variableProblems().toString());
  }

  @Test
  void panelsOnSeriesTheRunnerDoesNotSendAreReportedAsNoData() {
    List<String> noData = report.noDataPanels();
    for (String title :
        List.of(
            "hpa",
            "total-hpa-current",
            "current==max",
            "current==min",
            "CPU Cores Requested by Containers",
            "Memory Requested By Containers",
            "Number Of Nodes",
            "Statefulset replicas",
            "SSL Expiry",
            "TLS version",
            "Cluster Pod Requested",
            "pvc")) {
      assertTrue(
          noData.stream().anyMatch(p -> p.endsWith("\"" + title + "\"")),
          title + " reads series the chart's runner does not send; No data panels: " + noData);
    }
  }

  @Test
  void panelsOnSeriesTheRunnerSendsShowData() {
    List<String> noData = report.noDataPanels();
    for (String title :
        List.of(
            "Components Pods Ready",
            "$component",
            "Total Requests",
            "Request Per Sec",
            "HTTP Probe Overview",
            "Status",
            "Go Runtime Statistics",
            "Scrape success rate in $cluster",
            "Sent samples / second",
            "Deployment Replicas",
            "Components Versions")) {
      assertFalse(
          noData.stream().anyMatch(p -> p.endsWith("\"" + title + "\"")),
          title + " should show data; No data panels: " + noData);
    }
  }

  @Test
  void variablesAreResolvedFromThePrometheusData() {
    String sent =
        report.outcomes().stream()
            .filter(
                o ->
                    o.query().location().startsWith("fastapi-observability: panel")
                        && o.query()
                            .panel()
                            .map(p -> p.titleText().equals("Total Requests"))
                            .orElse(false))
            .findFirst()
            .orElseThrow()
            .sent();
    assertTrue(
        sent.contains("runner=\"acme-runner\"")
            && sent.contains("organization=\"acme\"")
            && sent.contains("namespace=\"kubiya\""),
        sent);
  }

  @Test
  void aQueryThatParsesButFailsToRunIsAnError() {
    Dashboard d =
        Dashboard.builder()
            .uid("many-to-many")
            .title("Many to many")
            .addPanel(
                StatPanel.builder()
                    .title("Pods by namespace")
                    .addTarget(Target.of("kube_pod_info * on (namespace) kube_pod_labels"))
                    .build())
            .build();

    LiveLintReport r = lint.run(List.of(d));

    assertEquals(1, r.errors().size(), r.outcomes().toString());
    assertEquals("execution", r.errors().get(0).result().errorType().orElseThrow());
    assertTrue(
        r.errors()
            .get(0)
            .result()
            .error()
            .orElseThrow()
            .contains("many-to-many matching not allowed"),
        r.errors().get(0).toString());
    assertTrue(r.toValidationReport().hasErrors());
    assertTrue(r.noDataPanels().isEmpty(), "a failing panel is an error, not No data");
  }
}
