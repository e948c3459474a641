package ai.kubiya.runner.manifests.internal.components;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.kubiya.runner.telemetry.alloy.RunnerPipeline;
import ai.kubiya.runner.telemetry.alloy.RunnerPipelineSettings;
import ai.kubiya.runner.telemetry.alloy.ScrapeIntervals;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineTextsTest {
  @Test
  void memoizedTextEqualsADirectRender() {
    List<String> strings =
        List.of(
            "kubiya",
            "tenant-a",
            "",
            "acme \"quoted\" \\ back",
            "tab\there",
            "uni\u00e9\u4e2d",
            "line\nbreak",
            "@@x@@");
    int i = 0;
    for (String org : strings) {
      for (boolean debug : new boolean[] {false, true}) {
        RunnerPipelineSettings settings =
            RunnerPipelineSettings.builder()
                .namespace("ns-" + i)
                .release("runner-" + i++)
                .organization(org)
                .liveDebugging(debug)
                .cadvisorEnabled(!debug)
                .scrapeIntervals(
                    ScrapeIntervals.builder()
                        .defaultInterval("30s")
                        .blackboxExporter(debug ? "15s" : "")
                        .build())
                .build();
        assertEquals(RunnerPipeline.render(settings), PipelineTexts.render(settings), org);
        assertEquals(
            RunnerPipeline.render(settings),
            PipelineTexts.render(settings),
            "second time, from the memo");
      }
    }
  }
}
