package ai.kubiya.runner.telemetry.alloy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import ai.kubiya.runner.model.ScrapeIntervalsValues;
import ai.kubiya.runner.telemetry.alloy.remotewrite.AzureManagedPrometheus;
import ai.kubiya.runner.telemetry.alloy.remotewrite.BasicAuthRemoteWrite;
import ai.kubiya.runner.telemetry.alloy.remotewrite.RemoteWriteTarget;
import ai.kubiya.runner.telemetry.alloy.syntax.AlloyPrinter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The build's snapshot of the pipeline's fixed blocks ({@link FixedTexts}) is their printed text,
 * refused whole when it is not a snapshot of every block in order; and a render that takes its
 * fixed parts from it equals the printed pipeline, with the chart's settings and with others.
 */
class FixedTextsTest {
  @Test
  void theBuildsSnapshotHoldsEveryFixedBlockAsPrintedNow() throws IOException {
    String snapshot;
    try (InputStream in = FixedTexts.class.getResourceAsStream(FixedTexts.RESOURCE)) {
      assertNotNull(
          in, FixedTexts.RESOURCE + " is missing: the build writes it at process-classes");
      snapshot = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String[] texts = FixedTexts.parse(snapshot);
    assertNotNull(texts, "the build's snapshot does not parse");
    assertArrayEquals(FixedTexts.printAll(), texts);
    for (FixedBlock block : FixedBlock.values()) {
      assertEquals(RunnerPipeline.printFixed(block), FixedTexts.text(block), block.name());
    }
  }

  @Test
  void aSnapshotThatIsNotOneOfEveryBlockInOrderIsRefused() {
    String[] texts = FixedTexts.printAll();
    String snapshot = FixedTexts.format(texts);
    assertArrayEquals(texts, FixedTexts.parse(snapshot), "round trip");
    String first = FixedBlock.values()[0].name();
    String second = FixedBlock.values()[1].name();
    for (String broken :
        List.of(
            "",
            snapshot.substring(0, snapshot.length() - 1),
            snapshot + "x",
            snapshot.replaceFirst("blocks 1\n", "blocks 2\n"),
            snapshot.replaceFirst("\n" + first + " ", "\n" + second + " "),
            snapshot.replaceFirst("\n" + first + " (\\d+)", "\n" + first + " -$1"),
            snapshot.replaceFirst("\n" + first + " (\\d+)", "\n" + first + " 99999999"),
            snapshot.replaceFirst("\n" + first + " (\\d+)", "\n" + first + " x"))) {
      assertNull(FixedTexts.parse(broken), broken.length() > 80 ? broken.substring(0, 80) : broken);
    }
  }

  @Test
  void aRenderEqualsThePrintedPipelineWithTheChartsSettingsAndWithOthers() {
    List<RemoteWriteTarget> other =
        List.of(
            AzureManagedPrometheus.chartDefault(), BasicAuthRemoteWrite.grafanaCloud("grafana"));
    for (int variant = 0; variant < 8; variant++) {
      RunnerPipelineSettings.Builder settings =
          RunnerPipelineSettings.builder()
              .namespace("ns-" + variant)
              .release("rel")
              .organization("org")
              .liveDebugging((variant & 1) == 1)
              .cadvisorEnabled((variant & 2) == 2);
      if ((variant & 4) == 4) {
        settings
            .scrapeIntervals(
                ScrapeIntervalsValues.builder().defaultInterval("30s").cadvisor("15s").build())
            .remoteWriteTargets(other);
      }
      RunnerPipelineSettings built = settings.build();
      assertEquals(
          AlloyPrinter.print(RunnerPipeline.file(built)),
          RunnerPipeline.render(built),
          "variant " + variant);
    }
  }

  @Test
  void theReceiversRunnerMetaFeedsAreThoseOfTheBuiltRemoteWrites() {
    List<RemoteWriteTarget> targets =
        List.of(AzureManagedPrometheus.chartDefault(), BasicAuthRemoteWrite.grafanaCloud("g2"));
    List<Object> built = new java.util.ArrayList<>();
    for (RemoteWriteTarget target : targets) {
      built.add(target.toComponent().receiver());
    }
    assertEquals(built, List.copyOf(RunnerPipeline.receivers(targets)));
  }
}
