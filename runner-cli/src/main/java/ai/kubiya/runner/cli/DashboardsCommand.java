package ai.kubiya.runner.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kubiya-runner dashboards}: the chart's Grafana dashboards, as code. */
@Command(
    name = "dashboards",
    mixinStandardHelpOptions = true,
    versionProvider = CliVersion.class,
    description = "Export, check and push the runner's nine Grafana dashboards.",
    subcommands = {
      DashboardsExportCommand.class,
      DashboardsLintCommand.class,
      DashboardsPushCommand.class
    })
public final class DashboardsCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
