package ai.kubiya.runner.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code telemetry}: checks of the runner's telemetry ({@code preflight}). */
@Command(
    name = "telemetry",
    mixinStandardHelpOptions = true,
    description = "Telemetry checks: remote-write preflight.",
    subcommands = {TelemetryPreflightCommand.class})
final class TelemetryCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
