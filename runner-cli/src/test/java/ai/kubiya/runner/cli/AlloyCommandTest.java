package ai.kubiya.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlloyCommandTest {
  @TempDir Path dir;

  private static final String MESSY = "block  \"x\" {\nattr=1\nlonger_attr = [1,2]\n}\n";
  private static final String FORMATTED =
      "block \"x\" {\n\tattr        = 1\n\tlonger_attr = [1, 2]\n}\n";

  @Test
  void fmtPrintsTheFormattedFile() throws Exception {
    Path f = Files.writeString(dir.resolve("c.alloy"), MESSY);
    CliRun run = CliRun.of("alloy", "fmt", f.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals(FORMATTED, run.out());
    assertEquals(MESSY, Files.readString(f));
  }

  @Test
  void fmtWriteRewritesTheFile() throws Exception {
    Path f = Files.writeString(dir.resolve("c.alloy"), MESSY);
    CliRun run = CliRun.of("alloy", "fmt", "--write", f.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.out());
    assertEquals(FORMATTED, Files.readString(f));
  }

  @Test
  void fmtReportsSyntaxErrorsWithPositions() throws Exception {
    Path f = Files.writeString(dir.resolve("bad.alloy"), "a = [1 2]\nb = 1 + + 2\n");
    CliRun run = CliRun.of("alloy", "fmt", f.toString());
    assertEquals(1, run.exit());
    assertEquals(
        f + ":1:8: missing ',' in expression list\n" + f + ":2:9: expected expression, got +\n",
        run.err().replace("\r\n", "\n"));
  }

  @Test
  void missingFileIsAOneLineError() {
    CliRun run = CliRun.of("alloy", "fmt", dir.resolve("none.alloy").toString());
    assertEquals(1, run.exit());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("error: " + dir.resolve("none.alloy") + ": "), run.err());
    assertTrue(run.err().contains("no such file"), run.err());
  }

  @Test
  void checkFindsTheChartsUndefinedModule() throws Exception {
    String config =
        ai.kubiya.runner.telemetry.alloy.RunnerPipeline.render(
            ai.kubiya.runner.telemetry.alloy.RunnerPipelineSettings.builder()
                .namespace("kubiya")
                .release("r")
                .organization("o")
                .build());
    Path f = Files.writeString(dir.resolve("config.alloy"), config);
    CliRun run = CliRun.of("alloy", "check", f.toString());
    assertEquals(1, run.exit());
    String[] lines = run.out().strip().split("\n");
    assertEquals(2, lines.length, run.out());
    assertTrue(
        lines[0].matches(
            java.util.regex.Pattern.quote(f.toString())
                + ":\\d+:\\d+: blackbox target \"dagger-engine\" uses module \"http\".*"),
        lines[0]);
  }

  @Test
  void checkOfACleanFileSaysOk() throws Exception {
    Path f = Files.writeString(dir.resolve("ok.alloy"), "logging {\n\tlevel = \"info\"\n}\n");
    CliRun run = CliRun.of("alloy", "check", f.toString());
    assertEquals(0, run.exit(), run.out() + run.err());
    assertTrue(run.out().startsWith("OK: "), run.out());
  }

  @Test
  void checkOfTheRunnersPipelineFromValues() throws Exception {
    Path values = Files.writeString(dir.resolve("v.yaml"), "organization: acme\n");
    CliRun run =
        CliRun.of(
            "alloy", "check", "--release", "my-runner", "-n", "kubiya", "-f", values.toString());
    assertEquals(1, run.exit(), run.err());
    assertTrue(run.out().contains("kubiya-runner-alloy-config/config.alloy:"), run.out());
    assertEquals(2, run.out().strip().split("\n").length, run.out());
  }

  @Test
  void checkNeedsExactlyOneSource() {
    assertEquals(2, CliRun.of("alloy", "check").exit());
  }
}
