package ai.kubiya.runner.cli;

import ai.kubiya.runner.dashboards.model.Dashboard;
import ai.kubiya.runner.dashboards.model.DashboardJson;
import ai.kubiya.runner.dashboards.runner.RunnerDashboard;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kubiya-runner dashboards export --out DIR}: one JSON file per dashboard, ready to import. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = CliVersion.class,
    description = "Write each dashboard to DIR/<chart file name>.json in Grafana's import format.")
final class DashboardsExportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write into (created if missing).")
  Path out;

  @CommandLine.Mixin DatasourceOption datasource = new DatasourceOption();

  @Override
  public Integer call() throws IOException {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new IllegalArgumentException(out + " exists and is not a directory");
    }
    Files.createDirectories(out);
    PrintWriter stdout = spec.commandLine().getOut();
    for (RunnerDashboard d : datasource.catalogue()) {
      Dashboard dashboard = d.build();
      Path file = out.resolve(d.fileName() + ".json");
      Files.writeString(file, DashboardJson.write(dashboard), StandardCharsets.UTF_8);
      stdout.println("wrote " + file + " (uid " + dashboard.uid() + ")");
    }
    stdout.flush();
    return CliErrors.OK;
  }
}
