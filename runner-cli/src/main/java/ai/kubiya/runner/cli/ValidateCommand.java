package ai.kubiya.runner.cli;

import ai.kubiya.runner.manifests.InvalidConfigException;
import ai.kubiya.runner.manifests.RunnerManifests;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.validation.ValidationReport;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code validate}: prints findings as {@code SEVERITY path: message}; exit 1 on any ERROR. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Validate a runner's values; exit 1 on any ERROR.")
final class ValidateCommand implements Callable<Integer> {
  @Mixin ReleaseOptions release;
  @Mixin RenderModeOptions renderMode;

  @Option(names = "--strict", description = "Treat warnings as errors.")
  boolean strict;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Optional<RunnerConfig> loaded = ReleaseConfig.load(release, out);
    if (loaded.isEmpty()) {
      return CliErrors.FAILED;
    }
    RunnerConfig config = loaded.get();
    ValidationReport report = Validation.validator(strict).validate(config);
    if (!report.hasErrors()) {
      try {
        // the render itself, with the chosen names: templated values fail here, with their path
        RunnerManifests.of(config)
            .skipValidation()
            .clusterScopedNames(renderMode.clusterScopedNames)
            .build();
      } catch (InvalidConfigException e) {
        report = e.report();
      }
    }
    report.findings().forEach(out::println);
    if (report.isEmpty()) {
      out.println("OK: no findings");
    }
    out.flush();
    return report.hasErrors() ? CliErrors.FAILED : CliErrors.OK;
  }
}
