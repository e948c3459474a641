package ai.kubiya.runner.cli;

import ai.kubiya.runner.dashboards.model.Dashboard;
import ai.kubiya.runner.dashboards.model.DashboardJson;
import ai.kubiya.runner.dashboards.runner.RunnerDashboard;
import ai.kubiya.runner.model.io.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kubiya-runner dashboards export --out DIR}: one JSON file per dashboard, ready to import.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = CliVersion.class,
    description = "Write each dashboard to DIR/<chart file name>.json in Grafana's import format.")
final class DashboardsExportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Directory to write into (created if missing).")
  Path out;

  @CommandLine.Mixin DatasourceOption datasource = new DatasourceOption();

  @Override
  public Integer call() throws IOException {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new IllegalArgumentException(out + " exists and is not a directory");
    }
    PrintWriter stdout = spec.commandLine().getOut();
    Map<String, String> files = new LinkedHashMap<>();
    List<String> lines = new ArrayList<>();
    for (RunnerDashboard d : datasource.catalogue()) {
      Dashboard dashboard = d.build();
      files.put(d.fileName() + ".json", DashboardJson.write(dashboard));
      lines.add("wrote " + out.resolve(d.fileName() + ".json") + " (uid " + dashboard.uid() + ")");
    }
    // all files or none: written to a temporary directory, then moved into place
    AtomicFiles.replaceFiles(out, files, name -> name.endsWith(".json"));
    lines.forEach(stdout::println);
    stdout.flush();
    return CliErrors.OK;
  }
}
