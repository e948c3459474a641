package ai.kubiya.runner.dashboards.runner;

import static ai.kubiya.runner.dashboards.layout.Grid.cell;
import static ai.kubiya.runner.dashboards.layout.Grid.gap;

import ai.kubiya.runner.dashboards.layout.Grid;
import ai.kubiya.runner.dashboards.model.ConstantVariable;
import ai.kubiya.runner.dashboards.model.Dashboard;
import ai.kubiya.runner.dashboards.model.DashboardLink;
import ai.kubiya.runner.dashboards.model.DatasourceRef;
import ai.kubiya.runner.dashboards.model.FieldColor;
import ai.kubiya.runner.dashboards.model.GraphLegend;
import ai.kubiya.runner.dashboards.model.GraphOptions;
import ai.kubiya.runner.dashboards.model.GraphTooltip;
import ai.kubiya.runner.dashboards.model.GraphXAxis;
import ai.kubiya.runner.dashboards.model.GraphYAxis;
import ai.kubiya.runner.dashboards.model.ImmutableGraphLegend;
import ai.kubiya.runner.dashboards.model.ImmutableGraphPanel;
import ai.kubiya.runner.dashboards.model.ImmutableTableOldPanel;
import ai.kubiya.runner.dashboards.model.ImmutableTableOldStyle;
import ai.kubiya.runner.dashboards.model.ImmutableTarget;
import ai.kubiya.runner.dashboards.model.Panel;
import ai.kubiya.runner.dashboards.model.QueryVariable;
import ai.kubiya.runner.dashboards.model.ReduceDataOptions;
import ai.kubiya.runner.dashboards.model.Reducer;
import ai.kubiya.runner.dashboards.model.RefreshInterval;
import ai.kubiya.runner.dashboards.model.RowPanel;
import ai.kubiya.runner.dashboards.model.SpecialValueMap;
import ai.kubiya.runner.dashboards.model.StatOptions;
import ai.kubiya.runner.dashboards.model.TableOldSort;
import ai.kubiya.runner.dashboards.model.TableOldStyle;
import ai.kubiya.runner.dashboards.model.Target;
import ai.kubiya.runner.dashboards.model.Templating;
import ai.kubiya.runner.dashboards.model.ThresholdStep;
import ai.kubiya.runner.dashboards.model.Thresholds;
import ai.kubiya.runner.dashboards.model.TimePicker;
import ai.kubiya.runner.dashboards.model.TimeRange;
import ai.kubiya.runner.dashboards.model.ValueMapping;
import ai.kubiya.runner.dashboards.model.VariableQuery;
import ai.kubiya.runner.dashboards.model.VariableSettings;
import ai.kubiya.runner.dashboards.model.Viz;
import java.util.List;

/**
 * [Under Dev] Runner Namespace Kubernetes State: what kube-state-metrics reports about the runner's
 * namespace (capacity, nodes, deployments, statefulsets, pods, containers, HPAs, jobs, PVCs).
 * Started from grafana.com dashboard 13332; its panels are of Grafana 7's kinds (graph, table-old,
 * singlestat migrated to stat). Panels read the data source through the hidden {@code $datasource}
 * constant.
 */
final class NamespaceKubernetesState extends ChartDashboard {
  /** The runner's objects (the original matches the namespace twice). */
  private static final String KSM =
      "namespace=~\"$namespace\",runner=~\"$runner\", "
          + "organization=~\"$organization\",namespace=~\"$namespace\"";

  /** The chart's memory-requested query, spaced its own way ({@code " ,"}), unlike {@link #KSM}. */
  private static final String MEMORY_REQUESTED =
      "sum(kube_pod_container_resource_requests_memory_bytes{namespace=~\"$namespace\" ,"
          + "runner=~\"$runner\", organization=~\"$organization\",namespace=~\"$namespace\"})";

  private static final String RUNNER =
      "runner=~\"$runner\", organization=~\"$organization\",namespace=~\"$namespace\"";
  private static final String BLUE = "rgb(31, 120, 193)";
  private static final List<String> TRAFFIC_LIGHTS =
      List.of("rgba(245, 54, 54, 0.9)", "rgba(237, 129, 40, 0.89)", "rgba(50, 172, 45, 0.97)");

  private final String datasourceUid;

  NamespaceKubernetesState(String datasourceUid) {
    super(DatasourceRef.uid("$datasource"));
    this.datasourceUid = datasourceUid;
  }

  @Override
  public String fileName() {
    return "runner-namespace-kubernetes-state";
  }

  @Override
  public Dashboard build() {
    return dashboard(
            "garysdevil-kube-state-metrics-v2", "[Under Dev] Runner Namespace Kubernetes State")
        .description("Summary metrics about kube state on selected runner (via kube-state-metrics)")
        .tags(List.of("kubernetes", "kubernetes-app"))
        .gnetId(13332)
        .time(TimeRange.last("24h"))
        .refresh(RefreshInterval.off())
        .timepicker(
            TimePicker.builder()
                .refreshIntervals(List.of("10s", "30s", "1m", "5m", "15m", "30m", "1h", "2h", "1d"))
                .timeOptions(List.of("5m", "15m", "1h", "6h", "12h", "24h", "2d", "7d", "30d"))
                .build())
        .timezone("browser")
        .addLink(
            DashboardLink.builder()
                .type(DashboardLink.Type.DASHBOARDS)
                .title("Dashboards")
                .icon("external link")
                .addTag("kubernetes-app")
                .asDropdown(true)
                .includeVars(true)
                .keepTime(false)
                .build())
        .templating(
            Templating.of(
                QueryVariable.builder()
                    .name("node")
                    .datasource(prometheus)
                    .query(VariableQuery.text("label_values(kube_node_info{" + RUNNER + "}, node)"))
                    .definition("label_values(kube_node_info{" + RUNNER + "}, node)")
                    .refresh(VariableSettings.Refresh.ON_DASHBOARD_LOAD)
                    .includeAll(true)
                    .build(),
                RunnerVariables.organization(prometheus),
                RunnerVariables.runner(prometheus),
                RunnerVariables.namespace(prometheus),
                ConstantVariable.builder()
                    .name("datasource")
                    .hide(VariableSettings.Hide.VARIABLE)
                    .query(datasourceUid)
                    .build()))
        .panels(
            Grid.create()
                .row(RowPanel.of("Cluster"))
                .line(
                    4,
                    cell(6, requested("Cluster Pod Requested", ksmQuery(podsRequested(), ""))),
                    cell(6, requested("Cluster CPU Requested", ksmQuery(cpuRequested(), null))),
                    cell(6, requested("Cluster Memory  Requested", memoryRequested())))
                .line(
                    5,
                    cell(6, podCapacity()),
                    cell(6, capacity("Cluster CPU Capacity", "cpu", "short", "cores")),
                    cell(6, capacity("Cluster Mem Capacity", "memory", "bits", null)))
                .collapsedRow(
                    RowPanel.of("Node"),
                    Grid.create()
                        .line(
                            3,
                            cell(4, nodes()),
                            cell(4, nodesUnavailable()),
                            cell(8, nodeNotReady()),
                            cell(8, nodePressure()))
                        .line(7, cell(24, nodeCount())))
                .collapsedRow(
                    RowPanel.of("Deployments"),
                    Grid.create()
                        .line(
                            5,
                            cell(6, deploymentsUpToDate()),
                            cell(
                                6,
                                meanStat(
                                    "Deployment Replicas",
                                    "sum(kube_deployment_status_replicas{" + KSM + "})")),
                            cell(
                                6,
                                meanStat(
                                    "Deployment Replicas - Updated",
                                    "sum(kube_deployment_status_replicas_updated{" + KSM + "})")),
                            cell(
                                6,
                                meanStat(
                                    "Deployment Replicas - Unavailable",
                                    "sum(kube_deployment_status_replicas_unavailable{"
                                        + KSM
                                        + "})"))))
                .collapsedRow(
                    RowPanel.of("Statefuleset"),
                    Grid.create()
                        .line(5, cell(6, statefulsetsUpToDate()), cell(12, statefulsetReplicas())))
                .collapsedRow(
                    RowPanel.of("Pods"),
                    Grid.create()
                        .line(
                            9,
                            cell(6, podRestarts()),
                            cell(6, evicted()),
                            cell(12, 3, podPhase("Running", 12)))
                        .line(
                            3,
                            gap(12),
                            cell(6, podPhase("Succeeded", 6)),
                            cell(6, podPhase("Failed", 6)))
                        .line(
                            3,
                            gap(12),
                            cell(6, podPhase("Pending", 6)),
                            cell(6, podPhase("Unknown", 6))))
                .collapsedRow(
                    RowPanel.of("Containers"),
                    Grid.create()
                        .line(
                            3,
                            cell(
                                6,
                                blueStat(
                                    "Containers Running",
                                    "none",
                                    ksmQuery(
                                        "sum(kube_pod_container_status_running{" + KSM + "})",
                                        ""))),
                            cell(
                                6,
                                containerCount(
                                    "Containers Waiting",
                                    "sum(kube_pod_container_status_waiting{" + KSM + "})")),
                            cell(
                                6,
                                containerCount(
                                    "Containers Terminated",
                                    "sum(kube_pod_container_status_terminated{" + KSM + "})")),
                            cell(
                                6,
                                containerCount(
                                    "Containers Restarts (Last 30 Minutes)",
                                    "sum(changes(kube_pod_container_status_restarts_total{"
                                        + KSM
                                        + "}[30m]))")))
                        .line(
                            3,
                            cell(
                                12,
                                containerCount(
                                    "CPU Cores Requested by Containers",
                                    "sum(kube_pod_container_resource_requests_cpu_cores{"
                                        + KSM
                                        + "})")),
                            cell(
                                12,
                                blueStat(
                                    "Memory Requested By Containers",
                                    "decbytes",
                                    ksmQuery(MEMORY_REQUESTED, null)))))
                .collapsedRow(
                    RowPanel.of("HPA"),
                    Grid.create()
                        .line(8, cell(24, hpa()))
                        .line(8, cell(24, totalHpaCurrent()))
                        .line(
                            10,
                            cell(12, hpaAt("current==max", "max", "A")),
                            cell(12, hpaAt("current==min", "min", "B"))))
                .collapsedRow(
                    RowPanel.of("Jobs"),
                    Grid.create()
                        .line(
                            3,
                            cell(8, jobCount("Jobs Succeeded", "succeeded")),
                            cell(8, 9, jobLastSuccess()),
                            cell(8, 9, jobsFailedTable()))
                        .line(3, cell(8, jobCount("Jobs Active", "active")))
                        .line(3, cell(8, jobCount("Jobs Failed", "failed"))))
                .collapsedRow(
                    RowPanel.of("PVC"),
                    Grid.create()
                        .line(
                            8,
                            cell(6, pvcCount("pvc is bound", "phase=\"Bound\"")),
                            cell(6, pvcCount("pvc is not bound", "phase!=\"Bound\"")),
                            cell(12, pvcSizes())))
                .panels())
        .build();
  }

  /** A query as the original's editor saved it: time series, resolution 1/1. */
  private static ImmutableTarget ksmQuery(String expr, String legend) {
    ImmutableTarget t = Target.of(expr).withFormat(Target.Format.TIME_SERIES).withIntervalFactor(1);
    return legend == null ? t : t.withLegendFormat(legend);
  }

  // Cluster

  private static String podsRequested() {
    return "sum(kube_pod_info{"
        + RUNNER
        + ",node=~\"$node\"}) / sum(kube_node_status_allocatable{"
        + RUNNER
        + ",resource=\"pods\",node=~\"$node\"})";
  }

  private static String cpuRequested() {
    return "sum(kube_pod_container_resource_requests{"
        + RUNNER
        + ",resource=\"cpu\",node=~\"$node\"})"
        + "/ sum(kube_node_status_allocatable{node=~\"$node\","
        + RUNNER
        + ",resource=\"cpu\"})";
  }

  private static List<Target> memoryRequested() {
    String runner = "runner=\"$runner\", organization=\"$organization\",namespace=\"$namespace\"";
    return List.of(
        ksmQuery(
                "sum(kube_pod_container_resource_requests{"
                    + runner
                    + ",resource=\"memory\",node=~\"$node\"}) / "
                    + "sum(kube_node_status_allocatable{node=~\"$node\","
                    + runner
                    + ",resource=\"memory\"})",
                null)
            .withHide(true),
        Target.of("kube_pod_container_resource_requests{" + runner + ",resource=\"memory\"}")
            .withLegendFormat("__auto"),
        Target.of("kube_pod_container_resource_requests{runner=\"$runner\"}")
            .withLegendFormat("__auto"));
  }

  private Panel requested(String title, Target target) {
    return requested(title, List.of(target));
  }

  /** A share of the cluster's allocatable resources, as a gauge. */
  private Panel requested(String title, List<? extends Target> targets) {
    return gauge(title)
        .targets(targets)
        .maxDataPoints(100)
        .fieldConfig(
            fields(
                defaults()
                    .unit("percentunit")
                    .min(0.0)
                    .max(100.0)
                    .color(FieldColor.of(FieldColor.Mode.THRESHOLDS))
                    .addMapping(ValueMapping.special(SpecialValueMap.Match.NULL, "N/A"))
                    .thresholds(thresholds(OLD_GREEN, 80, OLD_ORANGE, 90, OLD_RED))
                    .build()))
        .options(gaugeOptions().orientation(Viz.Orientation.HORIZONTAL).build())
        .build();
  }

  /**
   * A graph of Grafana 7: lines, shared tooltip, a left axis in {@code unit}, the right one short.
   */
  private ImmutableGraphPanel.Builder legacyGraph(
      String title, GraphYAxis left, boolean rightShown) {
    return graph(title)
        .lines(true)
        .linewidth(1)
        .fill(1)
        .bars(false)
        .points(false)
        .stack(false)
        .percentage(false)
        .steppedLine(false)
        .nullPointMode("null")
        .renderer("flot")
        .tooltip(GraphTooltip.builder().shared(true).sort(0).valueType("individual").build())
        .xaxis(GraphXAxis.builder().mode("time").show(true).build())
        .addYaxe(left)
        .addYaxe(GraphYAxis.of("short").withShow(rightShown));
  }

  private static ImmutableGraphLegend.Builder legend(boolean values) {
    return GraphLegend.builder()
        .show(true)
        .values(values)
        .min(values)
        .max(values)
        .avg(values)
        .current(values)
        .total(false);
  }

  private static GraphOptions alertThreshold() {
    return GraphOptions.builder().alertThreshold(true).build();
  }

  private Panel podCapacity() {
    return legacyGraph("Cluster Pod Capacity", GraphYAxis.of("short").withLabel("pods"), true)
        .pointradius(5)
        .legend(legend(false).build())
        .options(alertThreshold())
        .addTarget(
            ksmQuery(
                "sum(kube_node_status_allocatable{"
                    + RUNNER
                    + ",resource=\"pods\",node=~\"$node\"})",
                "allocatable"))
        .addTarget(
            ksmQuery("sum(kube_pod_info{node=~\"$node\"," + RUNNER + "})", "requested")
                .withRefId("C"))
        .build();
  }

  private Panel capacity(String title, String resource, String unit, String label) {
    GraphYAxis left = label == null ? GraphYAxis.of(unit) : GraphYAxis.of(unit).withLabel(label);
    String node = "node=~\"$node\"," + RUNNER + ",resource=\"" + resource + "\"";
    String pods = RUNNER + ",resource=\"" + resource + "\",node=~\"$node\"";
    boolean cpu = resource.equals("cpu");
    return legacyGraph(title, left, false)
        .pointradius(5)
        .legend(legend(false).build())
        .options(alertThreshold())
        // The chart's CPU graph calls capacity "allocatable" and the other way round.
        .addTarget(
            ksmQuery(
                "sum(kube_node_status_" + (cpu ? "capacity" : "allocatable") + "{" + node + "})",
                "allocatable"))
        .addTarget(
            ksmQuery(
                "sum(kube_node_status_" + (cpu ? "allocatable" : "capacity") + "{" + node + "})",
                "capacity"))
        .addTarget(ksmQuery("sum(kube_pod_container_resource_requests{" + pods + "})", "requested"))
        .addTarget(ksmQuery("sum(kube_pod_container_resource_limits{" + pods + "})", "limited"))
        .build();
  }

  // Stats

  private static final ValueMapping NOT_AVAILABLE =
      ValueMapping.special(SpecialValueMap.Match.NULL, "N/A");

  /** A single value of Grafana 7: horizontal, no color, N/A without data. */
  private Panel singleValue(
      String title,
      Target target,
      FieldColor color,
      Thresholds thresholds,
      String unit,
      Reducer reducer,
      StatOptions.ColorMode colorMode,
      StatOptions.GraphMode graphMode) {
    return stat(title)
        .addTarget(target)
        .maxDataPoints(100)
        .fieldConfig(
            fields(
                defaults()
                    .unit(unit)
                    .color(color)
                    .addMapping(NOT_AVAILABLE)
                    .thresholds(thresholds)
                    .build()))
        .options(
            statOptions()
                .reduceOptions(ReduceDataOptions.calcs(reducer))
                .orientation(Viz.Orientation.HORIZONTAL)
                .colorMode(colorMode)
                .graphMode(graphMode)
                .build())
        .build();
  }

  private Panel meanStat(String title, String expr) {
    return singleValue(
        title,
        ksmQuery(expr, null),
        FieldColor.of(FieldColor.Mode.THRESHOLDS),
        greenRed80(),
        "none",
        Reducer.MEAN,
        StatOptions.ColorMode.NONE,
        StatOptions.GraphMode.NONE);
  }

  private Panel nodes() {
    return singleValue(
        "Number Of Nodes",
        ksmQuery("sum(kube_node_info{" + RUNNER + "})", "").withInstant(true),
        FieldColor.of(FieldColor.Mode.THRESHOLDS),
        greenRed80(),
        "none",
        Reducer.MEAN,
        StatOptions.ColorMode.NONE,
        StatOptions.GraphMode.NONE);
  }

  private Panel nodesUnavailable() {
    // Migrated from a singlestat with thresholds "1,": the last step has no value.
    Thresholds steps =
        Thresholds.builder()
            .mode(Thresholds.Mode.ABSOLUTE)
            .addSteps(
                ThresholdStep.base(OLD_GREEN),
                ThresholdStep.of(1, OLD_ORANGE),
                ThresholdStep.base(OLD_RED))
            .build();
    return singleValue(
        "Nodes Unavailable",
        ksmQuery("sum(kube_node_spec_unschedulable{" + RUNNER + "})", ""),
        FieldColor.of(FieldColor.Mode.THRESHOLDS),
        steps,
        "none",
        Reducer.LAST_NOT_NULL,
        StatOptions.ColorMode.BACKGROUND,
        StatOptions.GraphMode.NONE);
  }

  private Panel blueStat(String title, String unit, Target target) {
    return singleValue(
        title,
        target,
        FieldColor.fixed(BLUE),
        greenRed80(),
        unit,
        Reducer.LAST_NOT_NULL,
        StatOptions.ColorMode.NONE,
        StatOptions.GraphMode.AREA);
  }

  private Panel containerCount(String title, String expr) {
    return blueStat(title, "none", ksmQuery(expr, null));
  }

  private Panel podPhase(String phase, int width) {
    return singleValue(
        "Pods " + phase,
        ksmQuery(
            "sum(kube_pod_status_phase{"
                + RUNNER
                + ",namespace=~\"$namespace\", phase=\""
                + phase
                + "\"})",
            null),
        FieldColor.fixed("#629e51"),
        greenRed80(),
        "none",
        Reducer.LAST_NOT_NULL,
        StatOptions.ColorMode.NONE,
        StatOptions.GraphMode.AREA);
  }

  private Panel jobCount(String title, String status) {
    return blueStat(
        title, "none", ksmQuery("sum(kube_job_status_" + status + "{" + KSM + "})", null));
  }

  private Panel pvcCount(String title, String phase) {
    return singleValue(
        title,
        ksmQuery(
            "sum(kube_persistentvolumeclaim_status_phase{" + phase + "}==1)",
            "{{persistentvolumeclaim=}}"),
        FieldColor.of(FieldColor.Mode.THRESHOLDS),
        greenRed80(),
        "none",
        Reducer.LAST_NOT_NULL,
        StatOptions.ColorMode.NONE,
        StatOptions.GraphMode.NONE);
  }

  // Graphs

  private Panel nodeNotReady() {
    return legacyGraph("Node NotReady", GraphYAxis.of("short").withDecimals(0), true)
        .pointradius(2)
        .legend(legend(false).alignAsTable(true).rightSide(true).build())
        .options(alertThreshold())
        .addTarget(
            ksmQuery(
                "kube_node_status_condition{"
                    + RUNNER
                    + ",condition=\"Ready\",status=\"false\"}==1",
                "{{node}}"))
        .build();
  }

  private Panel nodePressure() {
    ImmutableGraphPanel.Builder b =
        legacyGraph("Node Pressure", GraphYAxis.of("short").withDecimals(0), true)
            .pointradius(2)
            .legend(legend(false).alignAsTable(true).rightSide(true).build())
            .options(alertThreshold())
            .addTarget(
                ksmQuery(
                    "kube_node_status_condition{condition=\"DiskPressure\","
                        + RUNNER
                        + ",status=\"true\"}==1",
                    "{{node}} {{condition}}"));
    b.addTarget(
        ksmQuery(
            "kube_node_status_condition{condition=\"MemoryPressure\",node=~\"$node\","
                + RUNNER
                + ",status=\"true\"}==1",
            "{{node}} {{condition}}"));
    b.addTarget(
        ksmQuery(
            "kube_node_status_condition{condition=~\"PIDPressure\",node=~\"$node\","
                + RUNNER
                + ",status=\"true\"}==1",
            "{{node}} {{condition}}"));
    return b.build();
  }

  private Panel nodeCount() {
    return legacyGraph("node number", GraphYAxis.of("short"), true)
        .pointradius(2)
        .decimals(0)
        .legend(legend(true).build())
        .addTarget(Target.of("sum(kube_node_info{" + RUNNER + "})").withLegendFormat(""))
        .build();
  }

  private Panel statefulsetReplicas() {
    String ksm = "{" + KSM + "}";
    return legacyGraph("Statefulset replicas", GraphYAxis.of("percent"), true)
        .pointradius(2)
        .legend(legend(false).build())
        .addTarget(
            ksmQuery(
                "kube_statefulset_status_replicas_ready"
                    + ksm
                    + "/kube_statefulset_status_replicas"
                    + ksm
                    + "*100",
                "{{statefulset}}"))
        .build();
  }

  private Panel evicted() {
    return legacyGraph("Evicted", GraphYAxis.of("short").withDecimals(0).withLabel(""), true)
        .pointradius(2)
        .legend(legend(false).alignAsTable(false).rightSide(false).build())
        .addTarget(
            ksmQuery(
                "kube_pod_status_reason{"
                    + RUNNER
                    + ",namespace=~\"$namespace\", reason=\"Evicted\"}==1",
                "{{pod}}"))
        .build();
  }

  private Panel hpa() {
    String runner = "{" + RUNNER + ",namespace=~\"$namespace\"}";
    return legacyGraph("hpa", GraphYAxis.of("short"), true)
        .pointradius(2)
        .legend(legend(false).alignAsTable(false).rightSide(true).build())
        .options(alertThreshold())
        .addTarget(
            Target.of("kube_hpa_status_current_replicas" + runner)
                .withLegendFormat("current_{{hpa}}"))
        .addTarget(Target.of("kube_hpa_spec_max_replicas" + runner).withLegendFormat("max_{{hpa}}"))
        .addTarget(Target.of("kube_hpa_spec_min_replicas" + runner).withLegendFormat("min_{{hpa}}"))
        .build();
  }

  private Panel totalHpaCurrent() {
    return legacyGraph("total-hpa-current", GraphYAxis.of("short"), true)
        .pointradius(2)
        .legend(legend(true).alignAsTable(false).rightSide(false).build())
        .addTarget(
            Target.of("sum(kube_hpa_status_current_replicas{hpa=~\".*\"})")
                .withLegendFormat("kube_hpa_status_current_replicas"))
        .build();
  }

  /** The HPAs running at their {@code bound} (min or max) replicas. */
  private Panel hpaAt(String title, String bound, String refId) {
    return legacyGraph(title, GraphYAxis.of("short"), true)
        .pointradius(2)
        .legend(legend(false).alignAsTable(false).rightSide(false).build())
        .addTarget(
            Target.of(
                    "kube_hpa_status_current_replicas{hpa=~\".*\"} == kube_hpa_spec_"
                        + bound
                        + "_replicas{hpa=~\".*\"}")
                .withLegendFormat("{{hpa}}")
                .withRefId(refId))
        .build();
  }

  // Legacy tables

  private static ImmutableTableOldStyle dateColumn() {
    return TableOldStyle.builder()
        .pattern("Time")
        .alias("Time")
        .type("date")
        .dateFormat("YYYY-MM-DD HH:mm:ss")
        .align("auto")
        .build();
  }

  /** A column colored like a traffic light by these thresholds. */
  private static ImmutableTableOldStyle.Builder coloredColumn(
      String pattern, String alias, String type, int decimals) {
    return TableOldStyle.builder()
        .pattern(pattern)
        .alias(alias)
        .type(type)
        .decimals(decimals)
        .align("auto")
        .colors(TRAFFIC_LIGHTS);
  }

  /** A table of Grafana 7: one row per series, sorted. */
  private ImmutableTableOldPanel.Builder legacyTable(
      String title, Target target, TableOldSort sort, TableOldStyle... styles) {
    return tableOld(title)
        .addTarget(target)
        .transform("timeseries_to_rows")
        .fontSize("100%")
        .scroll(true)
        .showHeader(true)
        .sort(sort)
        .styles(List.of(styles));
  }

  private static TableOldSort byColumn(int col) {
    return TableOldSort.builder().col(col).desc(true).build();
  }

  /** Replica counts per object, rows colored by whether any replica is up. */
  private Panel upToDate(String title, String expr, String legend) {
    return legacyTable(
            title,
            ksmQuery(expr, legend).withInstant(true),
            byColumn(2),
            dateColumn(),
            coloredColumn("Metric", "", "string", 0)
                .colorMode("row")
                .unit("none")
                .thresholds(List.of("0", "0", ".9"))
                .build(),
            coloredColumn("Value", "", "number", 0)
                .colorMode("row")
                .unit("none")
                .thresholds(List.of("0", "1"))
                .dateFormat("YYYY-MM-DD HH:mm:ss")
                .link(false)
                .build())
        .build();
  }

  private Panel deploymentsUpToDate() {
    return upToDate(
        "Deployment Replicas - Up To Date",
        "kube_deployment_status_replicas{" + KSM + "}",
        "{{ deployment }}");
  }

  private Panel statefulsetsUpToDate() {
    return upToDate(
        "Statefulset Replicas - Up To Date",
        "kube_statefulset_status_replicas_ready{" + KSM + "}",
        "{{ statefulset}}");
  }

  private Panel podRestarts() {
    return legacyTable(
            "Pods restart in 30m",
            ksmQuery(
                    "changes(kube_pod_container_status_restarts_total{" + KSM + "}[30m])>1",
                    "{{pod}}")
                .withInstant(true),
            byColumn(2),
            coloredColumn("Time", "Time", "hidden", 2)
                .unit("short")
                .dateFormat("YYYY-MM-DD HH:mm:ss")
                .mappingType(1)
                .build(),
            TableOldStyle.builder()
                .pattern("/.*/")
                .alias("")
                .type("number")
                .decimals(2)
                .unit("short")
                .align("auto")
                .colors(List.of("#56A64B", "#73BF69", "#B877D9"))
                .thresholds(List.of(""))
                .build())
        .build();
  }

  private Panel jobLastSuccess() {
    return legacyTable(
            "Job last success time from now",
            ksmQuery(
                    "(time()-kube_job_status_completion_time{" + KSM + "})/60/60/24>1",
                    "{{job_name}}")
                .withInstant(true),
            TableOldSort.builder().desc(false).build(),
            dateColumn(),
            coloredColumn("Metric", "Job", "string", 2).unit("short").build(),
            coloredColumn("Value", "Day", "number", 4)
                .unit("none")
                .dateFormat("YYYY-MM-DD HH:mm:ss")
                .mappingType(1)
                .build())
        .description("")
        .transparent(true)
        .hideTimeOverride(false)
        .build();
  }

  private Panel jobsFailedTable() {
    return legacyTable(
            "Job failed",
            ksmQuery("kube_job_status_failed{" + KSM + "}>1", "{{job_name}}").withInstant(true),
            byColumn(2),
            dateColumn(),
            coloredColumn("Metric", "Job", "number", 2).unit("short").build(),
            coloredColumn("Value", "Failed Pod number", "number", 0)
                .unit("short")
                .dateFormat("YYYY-MM-DD HH:mm:ss")
                .mappingType(1)
                .build())
        .description("")
        .transparent(true)
        .hideTimeOverride(false)
        .build();
  }

  private Panel pvcSizes() {
    return legacyTable(
            "pvc",
            ksmQuery(
                    "kube_persistentvolumeclaim_resource_requests_storage_bytes/1024/1024/1024",
                    "{{persistentvolumeclaim}}")
                .withInstant(true),
            byColumn(0),
            dateColumn(),
            coloredColumn("/.*/", "", "number", 2).unit("short").build())
        .build();
  }
}
