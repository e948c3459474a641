package ai.kubiya.runner.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code get values|manifest}: what a revision stored, like {@code helm get}. */
@Command(
    name = "get",
    mixinStandardHelpOptions = true,
    description = "Show what a revision stored: its values or its manifest (like helm get).",
    subcommands = {GetValuesCommand.class, GetManifestCommand.class})
final class GetCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "say what to get: values or manifest");
  }
}
