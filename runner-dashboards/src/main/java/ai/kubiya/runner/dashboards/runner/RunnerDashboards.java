package ai.kubiya.runner.dashboards.runner;

import ai.kubiya.runner.dashboards.model.Dashboard;
import ai.kubiya.runner.dashboards.model.DatasourceRef;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The chart's nine dashboards. They read one Prometheus data source, by uid; the chart's own
 * dashboards use {@value #CHART_DATASOURCE_UID}.
 *
 * <pre>{@code
 * for (RunnerDashboard d : RunnerDashboards.catalogue("my-prometheus")) {
 *   Files.writeString(dir.resolve(d.fileName() + ".json"), DashboardJson.write(d.build()));
 * }
 * }</pre>
 */
public final class RunnerDashboards {
  /** The Prometheus data source uid of the chart's dashboards. */
  public static final String CHART_DATASOURCE_UID = "prometheus-staging";

  private RunnerDashboards() {}

  /** The nine dashboards, reading the chart's data source. */
  public static List<RunnerDashboard> catalogue() {
    return catalogue(CHART_DATASOURCE_UID);
  }

  /** The nine dashboards, reading the Prometheus data source with this uid. */
  public static List<RunnerDashboard> catalogue(String datasourceUid) {
    DatasourceRef prometheus = DatasourceRef.prometheus(datasourceUid);
    return List.of(
        new RunnerHealthOverview(prometheus),
        new RunnerHealthByComponents(prometheus),
        new AllRunnersState(prometheus),
        new AgentManagerExporter(prometheus),
        new ToolManagerExporter(prometheus),
        new BlackboxExporter(prometheus),
        new BlackboxExporterAlternateView(prometheus),
        new NamespaceKubernetesState(datasourceUid),
        new AlloyPrometheusComponents(datasourceUid));
  }

  /** The nine dashboards built, reading the Prometheus data source with this uid. */
  public static List<Dashboard> build(String datasourceUid) {
    return catalogue(datasourceUid).stream()
        .map(RunnerDashboard::build)
        .collect(Collectors.toList());
  }

  /** The dashboard with this chart file name (without {@code .json}) or uid. */
  public static Optional<RunnerDashboard> find(String nameOrUid, String datasourceUid) {
    return catalogue(datasourceUid).stream()
        .filter(d -> d.fileName().equals(nameOrUid) || d.build().uid().equals(nameOrUid))
        .findFirst();
  }
}
