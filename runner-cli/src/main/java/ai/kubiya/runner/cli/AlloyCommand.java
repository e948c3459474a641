package ai.kubiya.runner.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code alloy}: Alloy configuration tools ({@code fmt}, {@code check}). */
@Command(
    name = "alloy",
    mixinStandardHelpOptions = true,
    description = "Alloy configuration tools: format like 'alloy fmt', check a pipeline.",
    subcommands = {AlloyFmtCommand.class, AlloyCheckCommand.class})
final class AlloyCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
