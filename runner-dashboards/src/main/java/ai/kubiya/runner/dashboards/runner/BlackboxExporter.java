package ai.kubiya.runner.dashboards.runner;

import static ai.kubiya.runner.dashboards.layout.Grid.cell;

import ai.kubiya.runner.dashboards.layout.Grid;
import ai.kubiya.runner.dashboards.model.CustomFieldConfig;
import ai.kubiya.runner.dashboards.model.Dashboard;
import ai.kubiya.runner.dashboards.model.DataLink;
import ai.kubiya.runner.dashboards.model.DatasourceRef;
import ai.kubiya.runner.dashboards.model.FieldColor;
import ai.kubiya.runner.dashboards.model.FieldConfig;
import ai.kubiya.runner.dashboards.model.FieldMatcher;
import ai.kubiya.runner.dashboards.model.FieldOverride;
import ai.kubiya.runner.dashboards.model.GraphStacking;
import ai.kubiya.runner.dashboards.model.OverrideProperty;
import ai.kubiya.runner.dashboards.model.Panel;
import ai.kubiya.runner.dashboards.model.QueryVariable;
import ai.kubiya.runner.dashboards.model.Reducer;
import ai.kubiya.runner.dashboards.model.RefreshInterval;
import ai.kubiya.runner.dashboards.model.RowPanel;
import ai.kubiya.runner.dashboards.model.TableOptions;
import ai.kubiya.runner.dashboards.model.TableSortBy;
import ai.kubiya.runner.dashboards.model.Target;
import ai.kubiya.runner.dashboards.model.Templating;
import ai.kubiya.runner.dashboards.model.TimePicker;
import ai.kubiya.runner.dashboards.model.TimeRange;
import ai.kubiya.runner.dashboards.model.Transformation;
import ai.kubiya.runner.dashboards.model.VariableQuery;
import ai.kubiya.runner.dashboards.model.VariableSettings;
import ai.kubiya.runner.dashboards.model.Viz;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Map;

/**
 * Blackbox Exporter: every HTTP probe of the runner's components (up, SSL, certificate expiry,
 * status code, duration, TLS version, DNS time) in one table, probe durations, and per-job phase
 * durations. Started from grafana.com dashboard 13659.
 */
final class BlackboxExporter extends ChartDashboard {
  private static final String SELECTOR =
      "job=~\"$job\", organization=~\"$organization\", "
          + "runner=~\"$runner\", namespace=~\"$namespace\"";

  BlackboxExporter(DatasourceRef prometheus) {
    super(prometheus);
  }

  @Override
  public String fileName() {
    return "customer-runners-blackbox-exporter";
  }

  @Override
  public Dashboard build() {
    return dashboard("be7dg82wb5tkwa", "Customer Runners / Blackbox Exporter")
        .description("Blackbox exporter HTTP prober dashboard")
        .tags(List.of("customer_runner_metrics", "blackbox", "prometheus"))
        .gnetId(13659)
        .graphTooltip(VariableSettings.GraphTooltip.DEFAULT)
        .time(TimeRange.last("6h"))
        .refresh(RefreshInterval.every("1m"))
        .timepicker(TimePicker.builder().build())
        .timezone("")
        .templating(
            Templating.of(
                QueryVariable.builder()
                    .name("job")
                    .label("Target")
                    .datasource(prometheus)
                    .query(VariableQuery.text("label_values(probe_success, job)"))
                    .definition("label_values(probe_success, job)")
                    .refresh(VariableSettings.Refresh.ON_DASHBOARD_LOAD)
                    .sort(VariableSettings.Sort.ALPHABETICAL_DESC)
                    .includeAll(true)
                    .allValue(".+")
                    .build(),
                RunnerVariables.organization(prometheus)
                    .withSort(VariableSettings.Sort.ALPHABETICAL_ASC),
                RunnerVariables.runner(prometheus)
                    .withSort(VariableSettings.Sort.ALPHABETICAL_ASC)
                    .withMulti(true)
                    .withIncludeAll(true)
                    .withAllValue(".*"),
                namespace(prometheus, "runner=~\"$runner\"")))
        .panels(
            Grid.create()
                .line(9, cell(24, probeOverview()))
                .line(9, cell(24, probeDuration()))
                .row(
                    RowPanel.builder()
                        .title("$job")
                        .collapsed(false)
                        .repeat("job")
                        .repeatDirection(Viz.RepeatDirection.HORIZONTAL)
                        .build())
                .line(7, cell(24, phases()))
                .panels())
        .build();
  }

  /** The blackbox dashboards' namespace picker: a classic query, sorted, labelled. */
  static QueryVariable namespace(DatasourceRef prometheus, String runnerMatcher) {
    return RunnerVariables.labelValues(
            prometheus,
            "namespace",
            VariableQuery.Type.CLASSIC_QUERY,
            RunnerVariables.namespaceQuery(runnerMatcher))
        .withLabel("namespace")
        .withSort(VariableSettings.Sort.ALPHABETICAL_ASC);
  }

  private static OverrideProperty cellStyle(String type, String mode) {
    return OverrideProperty.custom("cellOptions", Map.of("type", type, "mode", mode));
  }

  private Panel probeOverview() {
    return table("HTTP Probe Overview")
        .description("")
        .transparent(true)
        .addTarget(tableQuery("probe_success{" + SELECTOR + "}").withLegendFormat(""))
        .addTarget(tableQuery("probe_http_ssl{" + SELECTOR + "} > 0").withLegendFormat(""))
        .addTarget(
            tableQuery("(probe_ssl_earliest_cert_expiry{" + SELECTOR + "} - time()) / 3600 / 24")
                .withLegendFormat(""))
        .addTarget(tableQuery("probe_http_status_code{" + SELECTOR + "} > 0").withLegendFormat(""))
        .addTarget(
            Target.of("avg_over_time(probe_duration_seconds{" + SELECTOR + "}[1m])")
                .withFormat(Target.Format.TABLE)
                .withLegendFormat(""))
        .addTarget(tableQuery("probe_tls_version_info{" + SELECTOR + "}").withLegendFormat(""))
        .addTarget(
            tableQuery("avg_over_time(probe_dns_lookup_time_seconds{" + SELECTOR + "}[1m])")
                .withLegendFormat(""))
        .transformations(
            List.of(
                Transformation.of("seriesToColumns", Map.of("byField", "job", "mode", "outer")),
                Tables.organize(
                    List.of(
                        "Time",
                        "Time 1",
                        "Time 2",
                        "Time 3",
                        "Time 4",
                        "Time 5",
                        "Time 6",
                        "Time 7",
                        "Time 8",
                        "Value #F",
                        "__name__",
                        "__name__ 1",
                        "__name__ 2",
                        "__name__ 3",
                        "__name__ 4",
                        "__name__ 5",
                        "__name__ 6",
                        "__name__ 7",
                        "app 2",
                        "app 3",
                        "app 4",
                        "exporter 2",
                        "exporter 3",
                        "exporter 4",
                        "exporter 5",
                        "instance 2",
                        "instance 3",
                        "instance 4",
                        "job 1",
                        "job 2",
                        "job 3",
                        "job 4",
                        "job 5",
                        "job 6",
                        "job 7",
                        "job 8",
                        "kubiya_type 2",
                        "kubiya_type 3",
                        "kubiya_type 4",
                        "kubiya_type 5",
                        "namespace 2",
                        "namespace 3",
                        "namespace 4",
                        "organization 2",
                        "organization 3",
                        "organization 4",
                        "organization 5",
                        "phase",
                        "runner 1",
                        "runner 2",
                        "runner 3",
                        "runner 4",
                        "runner 5",
                        "target 2",
                        "target 3",
                        "target 4",
                        "target 5",
                        "type",
                        "type 1",
                        "type 2",
                        "type 3",
                        "type 4",
                        "type 5",
                        "type 6",
                        "type 7",
                        "type 8"),
                    Map.ofEntries(
                        Map.entry("Time 1", 0),
                        Map.entry("job", 1),
                        Map.entry("Value #A", 2),
                        Map.entry("Value #D", 3),
                        Map.entry("Value #C", 4),
                        Map.entry("Value #E", 5),
                        Map.entry("Value #G", 6),
                        Map.entry("__name__ 1", 7),
                        Map.entry("Time 2", 8),
                        Map.entry("__name__ 2", 9),
                        Map.entry("Time 3", 10),
                        Map.entry("Time 4", 11),
                        Map.entry("Time 5", 12),
                        Map.entry("runner 1", 13),
                        Map.entry("runner 2", 14),
                        Map.entry("runner 3", 15),
                        Map.entry("runner 4", 16),
                        Map.entry("runner 5", 17)),
                    Map.ofEntries(
                        Map.entry("Time 1", "Job"),
                        Map.entry("Value", "Up"),
                        Map.entry("Value #A", "Status"),
                        Map.entry("Value #B", "SSL"),
                        Map.entry("Value #C", "SSL Cert Expiry (days)"),
                        Map.entry("Value #D", "Code"),
                        Map.entry("Value #E", "Probe Duration (s)"),
                        Map.entry("Value #G", "DNS Lookup Duration (s)"),
                        Map.entry("Value #H", "Probe IP"),
                        Map.entry("instance", "Job"),
                        Map.entry("job", "Component"),
                        Map.entry("version", "TLS Version")))))
        .fieldConfig(
            FieldConfig.of(
                defaults()
                    .min(0.0)
                    .color(FieldColor.of(FieldColor.Mode.THRESHOLDS))
                    .custom(
                        CustomFieldConfig.builder()
                            .align("auto")
                            .filterable(true)
                            .inspect(false)
                            .build())
                    .thresholds(thresholds("green"))
                    .build(),
                FieldOverride.of(
                    FieldMatcher.byName("SSL Cert Expiry (days)"),
                    OverrideProperty.decimals(0),
                    OverrideProperty.thresholds(
                        thresholds(
                            "rgba(0, 0, 0, 0)", 0, "red", 1, "orange", 7, "yellow", 24, "green")),
                    cellStyle("gauge", "basic"),
                    OverrideProperty.min(0),
                    OverrideProperty.max(365),
                    OverrideProperty.custom("filterable", false)),
                FieldOverride.of(
                    FieldMatcher.byName("Status"),
                    OverrideProperty.mappings(List.of(valueTexts("0", "DOWN", "1", "UP"))),
                    OverrideProperty.thresholds(thresholds("red", 1, "green")),
                    cellStyle("color-background", "gradient"),
                    OverrideProperty.custom("width", 76)),
                FieldOverride.of(
                    FieldMatcher.byName("Code"),
                    OverrideProperty.thresholds(
                        thresholds("rgba(0, 0, 0, 0)", 200, "green", 300, "yellow", 500, "red")),
                    cellStyle("color-background", "gradient"),
                    OverrideProperty.mappings(List.of(valueTexts("0", ""))),
                    OverrideProperty.custom("width", 78)),
                FieldOverride.of(
                    FieldMatcher.byName("SSL"),
                    OverrideProperty.mappings(List.of(valueTexts("0", "NO", "1", "OK"))),
                    OverrideProperty.thresholds(
                        thresholds("rgba(3, 3, 3, 0)", 0, "red", 1, "green")),
                    cellStyle("color-background", "gradient"),
                    OverrideProperty.custom("width", 77)),
                FieldOverride.of(
                    FieldMatcher.byName("Probe Duration (s)"),
                    OverrideProperty.thresholds(thresholds("green", 0.8, "yellow", 2, "red")),
                    cellStyle("gauge", "basic"),
                    OverrideProperty.custom("filterable", false),
                    OverrideProperty.decimals(2),
                    OverrideProperty.max(3)),
                FieldOverride.of(
                    FieldMatcher.byName("DNS Lookup Duration (s)"),
                    OverrideProperty.thresholds(thresholds("green", 0.1, "yellow", 0.2, "red")),
                    OverrideProperty.max(0.3),
                    cellStyle("gauge", "basic"),
                    OverrideProperty.custom("filterable", false),
                    OverrideProperty.decimals(3)),
                FieldOverride.of(
                    FieldMatcher.byName("Component"),
                    OverrideProperty.of(
                        "links",
                        List.of(
                            ai.kubiya.runner.dashboards.model.ImmutableDataLink.copyOf(
                                    DataLink.of(
                                        "${__data.fields.Runner}", "${__data.fields.Runner}"))
                                .withTargetBlank(true))),
                    OverrideProperty.custom("width", 402)),
                FieldOverride.of(
                    FieldMatcher.byName("TLS Version"), OverrideProperty.custom("width", 117))))
        .options(
            TableOptions.builder()
                .showHeader(true)
                .cellHeight(TableOptions.CellHeight.SMALL)
                .footer(Tables.footer().fields(JsonNodeFactory.instance.arrayNode()).build())
                .addSortBy(TableSortBy.of("SSL Cert Expiry (days)", false))
                .build())
        .build();
  }

  private Panel probeDuration() {
    return timeseries("HTTP Probe Duration")
        .description("Returns how long the probe took to complete in seconds")
        .addTarget(
            query("sum(probe_http_duration_seconds{" + SELECTOR + "}) by (job)", "{{ runner }}")
                .withIntervalFactor(2))
        .fieldConfig(
            fields(
                defaults()
                    .unit("s")
                    .color(FieldColor.of(FieldColor.Mode.PALETTE_CLASSIC))
                    .custom(
                        CustomFieldConfig.builder()
                            .showPoints(CustomFieldConfig.ShowPoints.NEVER)
                            .build())
                    .thresholds(greenRed80())
                    .build()))
        .options(
            timeseriesOptions()
                .legend(
                    legend(Viz.LegendDisplayMode.TABLE, Reducer.MEAN, Reducer.MAX, Reducer.MIN)
                        .placement(Viz.LegendPlacement.RIGHT)
                        .build())
                .tooltip(tooltip(Viz.TooltipMode.MULTI, Viz.SortOrder.DESCENDING))
                .build())
        .build();
  }

  private Panel phases() {
    return timeseries("HTTP Probe Phases Duration")
        .description("Duration of http request by phase, summed over all redirects")
        .addTarget(
            query("probe_http_duration_seconds{" + SELECTOR + "}", "{{ phase }}")
                .withIntervalFactor(2))
        .fieldConfig(
            fields(
                defaults()
                    .unit("s")
                    .color(FieldColor.of(FieldColor.Mode.PALETTE_CLASSIC))
                    .custom(
                        CustomFieldConfig.builder()
                            .fillOpacity(100)
                            .lineWidth(0)
                            .showPoints(CustomFieldConfig.ShowPoints.NEVER)
                            .stacking(GraphStacking.of(GraphStacking.Mode.NORMAL))
                            .build())
                    .thresholds(greenRed80())
                    .build()))
        .options(
            timeseriesOptions()
                .legend(
                    legend(Viz.LegendDisplayMode.LIST).placement(Viz.LegendPlacement.RIGHT).build())
                .tooltip(tooltip(Viz.TooltipMode.MULTI, Viz.SortOrder.DESCENDING))
                .build())
        .build();
  }
}
