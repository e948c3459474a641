package ai.kubiya.runner.telemetry.alloy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.ScrapeIntervalsValues;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import ai.kubiya.runner.telemetry.alloy.remotewrite.AzureManagedPrometheus;
import ai.kubiya.runner.telemetry.alloy.remotewrite.BasicAuthRemoteWrite;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RunnerPipelineTest {
  private static RunnerPipelineSettings.Builder base() {
    return RunnerPipelineSettings.builder().namespace("ns").release("rel").organization("org");
  }

  private static List<String> scrapeIntervals(String config) {
    Matcher m = Pattern.compile("scrape_interval\\s*=\\s*\"([^\"]*)\"").matcher(config);
    return m.results().map(r -> r.group(1)).toList();
  }

  @Test
  void settingsOfAConfigReadItsReleaseNamespaceAndAlloyValues() {
    RunnerConfig config =
        RunnerConfigLoader.create()
            .release("acme-prod")
            .namespace("kubiya")
            .set("organization=acme,alloy.livedebugging.enabled=true")
            .set(
                "alloy.extraExporters.cadvisor.enabled=true,"
                    + "alloy.scrapeIntervals.kubeStateMetrics=45s")
            .load();
    RunnerPipelineSettings settings = RunnerPipelineSettings.of(config);
    assertEquals("acme-prod", settings.release());
    assertEquals("kubiya", settings.namespace());
    assertEquals("acme", settings.organization());
    assertTrue(settings.liveDebugging());
    assertTrue(settings.cadvisorEnabled());
    assertEquals("45s", settings.scrapeIntervals().kubeStateMetrics());
    assertSame(config.values().alloy().scrapeIntervals(), settings.scrapeIntervals());
    assertFalse(
        RunnerPipelineSettings.of(RunnerConfigLoader.create().release("r").namespace("n").load())
            .cadvisorEnabled());
  }

  @Test
  void chartDefaultReproducesTheUndefinedHttpModule() {
    String config = RunnerPipeline.render(base().build());
    assertEquals(2, Pattern.compile("module\\s*=\\s*\"http\"").matcher(config).results().count());
  }

  @Test
  void fixSwitchProbesWithHttp2xx() {
    String config = RunnerPipeline.render(base().fixUndefinedBlackboxModule(true).build());
    assertFalse(config.contains("module = \"http\"\n"), config);
    assertEquals(
        4, Pattern.compile("module\\s*=\\s*\"http_2xx\"").matcher(config).results().count());
  }

  @Test
  void unsetIntervalsFallBackToDefault() {
    ScrapeIntervalsValues intervals =
        ScrapeIntervalsValues.builder()
            .defaultInterval("30s")
            .blackboxExporter("")
            .alloyExporter("15s")
            .build();
    String config =
        RunnerPipeline.render(base().scrapeIntervals(intervals).cadvisorEnabled(true).build());
    // order: kube-state-metrics, cadvisor, runner pods, alloy, blackbox
    assertEquals(List.of("30s", "30s", "30s", "15s", "30s"), scrapeIntervals(config));
  }

  @Test
  void invalidDurationIsRefusedWithItsPath() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                base()
                    .scrapeIntervals(ScrapeIntervalsValues.builder().cadvisor("60").build())
                    .build());
    assertTrue(e.getMessage().contains("alloy.scrapeIntervals.cadvisor"), e.getMessage());
  }

  @Test
  void severalRemoteWriteTargetsAreAllFedByRunnerMeta() {
    String config =
        RunnerPipeline.render(
            base()
                .remoteWriteTargets(
                    List.of(
                        AzureManagedPrometheus.chartDefault(),
                        BasicAuthRemoteWrite.grafanaCloud("grafana")))
                .build());
    assertTrue(
        config.contains(
            "forward_to = [prometheus.remote_write.azure.receiver, "
                + "prometheus.remote_write.grafana.receiver]"),
        config);
    assertTrue(config.contains("prometheus.remote_write \"grafana\" {"));
    assertTrue(config.contains("password = sys.env(\"GRAFANA_CLOUD_API_KEY\")"));
  }

  @Test
  void duplicateRemoteWriteLabelsAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            base()
                .remoteWriteTargets(
                    List.of(
                        AzureManagedPrometheus.chartDefault(),
                        AzureManagedPrometheus.chartDefault()))
                .build());
  }
}
