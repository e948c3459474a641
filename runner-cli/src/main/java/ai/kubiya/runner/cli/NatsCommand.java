package ai.kubiya.runner.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code nats}: look at NATS credentials and check a release's NATS values, offline and live. */
@Command(
    name = "nats",
    mixinStandardHelpOptions = true,
    description = "Inspect NATS credentials and check a runner's NATS values before installing.",
    subcommands = {NatsInspectCommand.class, NatsCheckCommand.class})
final class NatsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
