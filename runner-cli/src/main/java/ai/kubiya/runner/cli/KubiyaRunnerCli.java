package ai.kubiya.runner.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kubiya-runner} command line. Exit codes are a public contract: 0 ok, 1 refused or
 * failed, 2 usage error.
 */
@Command(
    name = "kubiya-runner",
    mixinStandardHelpOptions = true,
    versionProvider = CliVersion.class,
    description = "Render, check and deploy Kubiya Runners: the kubiya-runner Helm chart 0.6.2, in Java.",
    subcommands = {
      CommandLine.HelpCommand.class,
      ValidateCommand.class,
      NamesCommand.class,
      RenderCommand.class,
      NatsCommand.class,
      AlloyCommand.class,
      TelemetryCommand.class,
      PlanCommand.class,
      InstallCommand.class,
      UpgradeCommand.class,
      StatusCommand.class,
      HistoryCommand.class,
      RollbackCommand.class,
      UninstallCommand.class,
      ListCommand.class,
      GetCommand.class,
      CompletionCommand.class,
      DashboardsCommand.class,
      AuditCommand.class,
      DriftCommand.class,
      WatchCommand.class,
    })
public final class KubiyaRunnerCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the CLI and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI and returns its exit code, for tests and embedding. */
  public static int run(String... args) {
    return newCommandLine().execute(args);
  }

  /** A configured command line: one-line errors, no stack traces, exit codes 0, 1 and 2. */
  public static CommandLine newCommandLine() {
    CommandLine cli = new CommandLine(new KubiyaRunnerCli());
    cli.setExecutionExceptionHandler(new CliErrors());
    cli.setExitCodeExceptionMapper(CliErrors::exitCode);
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
