package ai.kubiya.runner.cli;

import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.telemetry.alloy.RunnerPipeline;
import ai.kubiya.runner.telemetry.alloy.RunnerPipelineSettings;
import ai.kubiya.runner.telemetry.alloy.check.PipelineChecks;
import ai.kubiya.runner.telemetry.alloy.check.PipelineFinding;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code alloy check FILE}, or {@code alloy check --release R [-f values]...} for the runner's own
 * pipeline: syntax and pipeline checks (references, blackbox modules, durations, relabel rules,
 * duplicate labels). Prints one {@code file:line:col: message} per finding; exit 1 when any.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Check an Alloy file, or the runner's pipeline (--release ...); exit 1 on any finding.")
final class AlloyCheckCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The Alloy file.")
  Path file;

  @ArgGroup(
      exclusive = false,
      multiplicity = "0..1",
      heading = "Check the runner's pipeline instead of a file:%n")
  ReleaseOptions release;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if ((file == null) == (release == null)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give either FILE or --release (with its values)");
    }
    String name;
    String source;
    if (file != null) {
      name = file.toString();
      source = AlloyFmtCommand.read(file);
    } else {
      Optional<RunnerConfig> config = ReleaseConfig.load(release, spec.commandLine().getErr());
      if (config.isEmpty()) {
        return CliErrors.FAILED;
      }
      name = RunnerPipeline.CONFIG_MAP_NAME + "/" + RunnerPipeline.CONFIG_KEY;
      source = RunnerPipeline.render(RunnerPipelineSettings.of(config.get()));
    }
    List<PipelineFinding> findings = PipelineChecks.check(name, source);
    PrintWriter out = spec.commandLine().getOut();
    findings.forEach(out::println);
    if (findings.isEmpty()) {
      out.println("OK: " + name + " has no findings");
    }
    out.flush();
    return findings.isEmpty() ? CliErrors.OK : CliErrors.FAILED;
  }
}
