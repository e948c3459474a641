package ai.kubiya.runner.telemetry.alloy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.model.ScrapeIntervalsValues;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every render case of chart 0.6.2, the pipeline built from the case's inputs equals the golden
 * {@code config.alloy} line by line, normalized as the project's comparator does.
 */
class RunnerPipelineGoldenTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("admin-access", settings("kubiya", "admin-runner", "acme")),
        Arguments.of("ci-test-values", settings("kubiya", "ci-runner", "test-org")),
        Arguments.of("default", settings("kubiya", "deployment-x", "xxx")),
        Arguments.of("fullname-override", settings("kubiya", "my-release", "testOrg")),
        Arguments.of("layered-overrides", settings("tenant-a", "layered", "second-org")),
        Arguments.of("name-override", settings("kubiya", "my-release", "testOrg")),
        Arguments.of("no-secrets", settings("kubiya", "no-secrets", "testOrg")),
        Arguments.of("runner-name-override", settings("kubiya", "my-release", "acme")),
        Arguments.of(
            "telemetry-variants",
            RunnerPipelineSettings.builder()
                .namespace("observability")
                .release("telemetry-runner")
                .organization("acme")
                .liveDebugging(true)
                .cadvisorEnabled(true)
                // values-1.yaml over the chart's values.yaml (which sets every interval to 60s)
                .scrapeIntervals(
                    ScrapeIntervalsValues.builder()
                        .defaultInterval("30s")
                        .runnerExporters("15s")
                        .alloyExporter("60s")
                        .blackboxExporter("45s")
                        .kubeStateMetrics("60s")
                        .cadvisor("60s")
                        .build())
                .build()));
  }

  private static RunnerPipelineSettings settings(String namespace, String release, String org) {
    return RunnerPipelineSettings.builder()
        .namespace(namespace)
        .release(release)
        .organization(org)
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rendersTheChartsPipeline(String caseName, RunnerPipelineSettings settings) throws Exception {
    Optional<String> golden = ChartGoldens.goldenConfig(caseName);
    assertTrue(golden.isPresent(), caseName + " renders the Alloy ConfigMap");
    List<String> expected = ChartGoldens.normalize(golden.get());
    List<String> actual = ChartGoldens.normalize(RunnerPipeline.render(settings));
    assertEquals(String.join("\n", expected), String.join("\n", actual));
  }

  @Test
  void minimalCaseDisablesAlloyAndHasNoPipeline() throws Exception {
    // alloy.enabled=false: the chart renders no ConfigMap, which is the caller's decision.
    assertTrue(ChartGoldens.goldenConfig("minimal").isEmpty());
  }
}
