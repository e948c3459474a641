package ai.kubiya.runner.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code helm values|diff|adopt}: read a runner Helm installed, compare it, take it over. */
@Command(
    name = "helm",
    mixinStandardHelpOptions = true,
    description =
        "Runners installed with the Helm chart: their values, how the SDK renders them, and taking"
            + " them over.",
    subcommands = {
      CommandLine.HelpCommand.class,
      HelmValuesCommand.class,
      HelmDiffCommand.class,
      HelmAdoptCommand.class
    })
final class HelmCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
