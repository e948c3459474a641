package ai.kubiya.runner.cli;

import ai.kubiya.runner.dashboards.model.Dashboard;
import ai.kubiya.runner.dashboards.runner.RunnerDashboard;
import ai.kubiya.runner.dashboards.runner.RunnerDashboards;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** The {@code --datasource-uid} option the dashboards commands share. */
final class DatasourceOption {
  @Option(
      names = "--datasource-uid",
      paramLabel = "UID",
      description =
          "Uid of the Prometheus data source the dashboards read (default: "
              + "${DEFAULT-VALUE}, the chart's).")
  String uid = RunnerDashboards.CHART_DATASOURCE_UID;

  List<RunnerDashboard> catalogue() {
    return RunnerDashboards.catalogue(uid);
  }

  List<Dashboard> dashboards() {
    return catalogue().stream().map(RunnerDashboard::build).collect(Collectors.toList());
  }
}
