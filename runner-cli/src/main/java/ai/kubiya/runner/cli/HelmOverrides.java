package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.helm.HelmException;
import ai.kubiya.runner.deployer.helm.HelmValues;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import ai.kubiya.runner.model.values.ValuesException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code -f/--values} and {@code --set} layered over a Helm release's stored values, checked before
 * any connection: a missing file or a malformed {@code --set} is a usage error, a file that still
 * holds {@code <redacted>} is refused.
 */
final class HelmOverrides {
  @Option(
      names = {"-f", "--values"},
      paramLabel = "FILE",
      description = "Values file layered over the release's values; repeatable, in order.")
  List<Path> valuesFiles = new ArrayList<>();

  @Option(
      names = "--set",
      paramLabel = "K=V",
      description = "Set a value (Helm --set syntax); repeatable, applied after the files.")
  List<String> sets = new ArrayList<>();

  /**
   * Checks the flags.
   *
   * @throws CommandLine.ParameterException for a missing file or a malformed {@code --set}
   * @throws HelmException for a file holding {@code <redacted>}
   */
  void check(CommandSpec spec) {
    for (Path file : valuesFiles) {
      if (!Files.isRegularFile(file)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "-f " + file + ": no such file");
      }
      HelmValues.refuseRedacted(file);
    }
    try {
      RunnerConfigLoader.create().sets(sets).mergedTree();
    } catch (ValuesException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--set: " + e.getMessage());
    }
  }
}
