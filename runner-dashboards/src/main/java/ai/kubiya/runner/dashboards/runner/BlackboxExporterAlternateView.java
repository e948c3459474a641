package ai.kubiya.runner.dashboards.runner;

import static ai.kubiya.runner.dashboards.layout.Grid.cell;

import ai.kubiya.runner.dashboards.layout.Grid;
import ai.kubiya.runner.dashboards.model.CustomFieldConfig;
import ai.kubiya.runner.dashboards.model.Dashboard;
import ai.kubiya.runner.dashboards.model.DatasourceRef;
import ai.kubiya.runner.dashboards.model.FieldColor;
import ai.kubiya.runner.dashboards.model.ImmutableFieldDefaults;
import ai.kubiya.runner.dashboards.model.ImmutableIntervalVariable;
import ai.kubiya.runner.dashboards.model.ImmutableQueryVariable;
import ai.kubiya.runner.dashboards.model.ImmutableTarget;
import ai.kubiya.runner.dashboards.model.IntervalVariable;
import ai.kubiya.runner.dashboards.model.Panel;
import ai.kubiya.runner.dashboards.model.QueryVariable;
import ai.kubiya.runner.dashboards.model.Reducer;
import ai.kubiya.runner.dashboards.model.RefreshInterval;
import ai.kubiya.runner.dashboards.model.SpecialValueMap;
import ai.kubiya.runner.dashboards.model.StatOptions;
import ai.kubiya.runner.dashboards.model.TableOptions;
import ai.kubiya.runner.dashboards.model.TableSortBy;
import ai.kubiya.runner.dashboards.model.Templating;
import ai.kubiya.runner.dashboards.model.Thresholds;
import ai.kubiya.runner.dashboards.model.ThresholdsStyle;
import ai.kubiya.runner.dashboards.model.TimePicker;
import ai.kubiya.runner.dashboards.model.TimeRange;
import ai.kubiya.runner.dashboards.model.Transformation;
import ai.kubiya.runner.dashboards.model.ValueMapping;
import ai.kubiya.runner.dashboards.model.VariableOption;
import ai.kubiya.runner.dashboards.model.VariableQuery;
import ai.kubiya.runner.dashboards.model.VariableSettings;
import ai.kubiya.runner.dashboards.model.Viz;
import ai.kubiya.runner.dashboards.model.VizTextDisplayOptions;
import java.util.List;
import java.util.Map;

/**
 * Blackbox Exporter (Alternate View): per probe target its status, HTTP status code and version,
 * durations, DNS time, IP protocol, SSL and TLS version, as graphs and stats. Started from
 * grafana.com dashboard 14928.
 */
final class BlackboxExporterAlternateView extends ChartDashboard {
  private static final String SELECTOR =
      "target=~\"$target\", runner=~\"$runner\", "
          + "organization=~\"$organization\", namespace=~\"$namespace\"";
  private static final String INTERVALS = "5s,10s,30s,1m,10m,30m,1h,6h,12h,1d,7d,14d,30d";

  BlackboxExporterAlternateView(DatasourceRef prometheus) {
    super(prometheus);
  }

  @Override
  public String fileName() {
    return "customer-runners-blackbox-exporter-alternate-view";
  }

  @Override
  public Dashboard build() {
    return dashboard("pS6ZuGV7z", "Customer Runners / Blackbox Exporter (Alternate View)")
        .description("Prometheus Blackbox Exporter Overview")
        .tags(List.of("blackbox", "prometheus", "customer_runner_metrics"))
        .gnetId(14928)
        .graphTooltip(VariableSettings.GraphTooltip.DEFAULT)
        .time(TimeRange.last("30m"))
        .refresh(RefreshInterval.off())
        .timepicker(
            TimePicker.builder()
                .refreshIntervals(
                    List.of("5s", "10s", "30s", "1m", "5m", "15m", "30m", "1h", "2h", "1d"))
                .timeOptions(
                    List.of("5m", "15m", "30m", "1h", "6h", "12h", "24h", "2d", "7d", "30d"))
                .build())
        .timezone("")
        .templating(
            Templating.of(
                interval(),
                probeLabel(
                    "target",
                    "label_values(probe_success, target)",
                    VariableSettings.Sort.DISABLED),
                probeLabel(
                        "phase",
                        "label_values(probe_http_duration_seconds, phase)",
                        VariableSettings.Sort.ALPHABETICAL_ASC)
                    .withLabel("HTTP phase"),
                RunnerVariables.organization(prometheus)
                    .withSort(VariableSettings.Sort.ALPHABETICAL_ASC),
                RunnerVariables.runner(prometheus)
                    .withSort(VariableSettings.Sort.ALPHABETICAL_ASC)
                    .withIncludeAll(true),
                BlackboxExporter.namespace(prometheus, "runner=\"$runner\"")))
        .panels(
            Grid.create()
                .line(
                    6,
                    cell(12, statusCodes()),
                    cell(4, status()),
                    cell(4, statusCode()),
                    cell(4, httpVersion()))
                .line(
                    6,
                    cell(12, probeDuration()),
                    cell(4, averageProbeDuration()),
                    cell(4, averageDnsLookup()),
                    cell(4, ipProtocol()))
                .line(
                    6,
                    cell(12, phaseDurations()),
                    cell(4, sslExpiry()),
                    cell(4, ssl()),
                    cell(4, tlsVersion()))
                .panels())
        .build();
  }

  /** The step of the graphs: a fixed interval, or auto (about ten steps, at least 10s). */
  private static IntervalVariable interval() {
    ImmutableIntervalVariable.Builder b =
        IntervalVariable.builder()
            .name("interval")
            .label("Interval")
            .query(INTERVALS)
            .auto(true)
            .autoCount(10)
            .autoMin("10s")
            .refresh(VariableSettings.Refresh.ON_TIME_RANGE_CHANGE)
            .addOption(
                ai.kubiya.runner.dashboards.model.ImmutableVariableOption.builder()
                    .selected(false)
                    .text(ai.kubiya.runner.dashboards.model.VariableValue.of("auto"))
                    .value(
                        ai.kubiya.runner.dashboards.model.VariableValue.of(
                            "$__auto_interval_interval"))
                    .build());
    for (String i : INTERVALS.split(",")) {
      b.addOption(VariableOption.of(i, i.equals("30s")));
    }
    return b.build();
  }

  private ImmutableQueryVariable probeLabel(String name, String query, VariableSettings.Sort sort) {
    return QueryVariable.builder()
        .name(name)
        .datasource(prometheus)
        .query(VariableQuery.standard(query))
        .definition(query)
        .refresh(VariableSettings.Refresh.ON_DASHBOARD_LOAD)
        .sort(sort)
        .multi(true)
        .includeAll(true)
        .build();
  }

  /** A probe query at the dashboard's interval, one series per target. */
  private static ImmutableTarget perTarget(String expr) {
    return query(expr, "{{target}}").withInterval("$interval");
  }

  private static final ValueMapping NOT_AVAILABLE =
      ValueMapping.special(SpecialValueMap.Match.NULL, "N/A");

  /**
   * The field config of a probe stat: thresholds colors, "N/A" for no value, these mappings first.
   */
  private static ImmutableFieldDefaults.Builder statFields(
      String unit, Thresholds thresholds, ValueMapping... mappings) {
    return defaults()
        .unit(unit)
        .color(FieldColor.of(FieldColor.Mode.THRESHOLDS))
        .mappings(List.of(mappings))
        .addMapping(NOT_AVAILABLE)
        .thresholds(thresholds);
  }

  /** A probe stat: one value per target, small text, no sparkline. */
  private Panel probeStat(
      String title,
      ImmutableTarget target,
      ImmutableFieldDefaults.Builder fields,
      StatOptions.ColorMode colorMode) {
    return stat(title)
        .addTarget(target)
        .maxDataPoints(100)
        .fieldConfig(fields(fields.build()))
        .options(
            statOptions()
                .orientation(Viz.Orientation.HORIZONTAL)
                .colorMode(colorMode)
                .graphMode(StatOptions.GraphMode.NONE)
                .text(VizTextDisplayOptions.builder().titleSize(12).valueSize(12).build())
                .build())
        .build();
  }

  private static ai.kubiya.runner.dashboards.model.ImmutableTimeseriesOptions tableLegendRight(
      Reducer calc, Viz.TooltipMode tooltip) {
    return timeseriesOptions()
        .legend(
            legend(Viz.LegendDisplayMode.TABLE, calc).placement(Viz.LegendPlacement.RIGHT).build())
        .tooltip(tooltip(tooltip, Viz.SortOrder.NONE))
        .build();
  }

  private Panel statusCodes() {
    return timeseries("HTTP Status Code")
        .addTarget(perTarget("probe_http_status_code{" + SELECTOR + "}").withRefId("B"))
        .fieldConfig(
            fields(
                defaults()
                    .unit("none")
                    .color(FieldColor.of(FieldColor.Mode.THRESHOLDS))
                    .custom(
                        CustomFieldConfig.builder()
                            .axisSoftMax(599.0)
                            .fillOpacity(10)
                            .lineInterpolation(CustomFieldConfig.LineInterpolation.SMOOTH)
                            .showPoints(CustomFieldConfig.ShowPoints.ALWAYS)
                            .spanNulls(true)
                            .thresholdsStyle(ThresholdsStyle.of(ThresholdsStyle.Mode.AREA))
                            .build())
                    .thresholds(thresholds("green", 300, "blue", 400, "orange", 500, "red"))
                    .build()))
        .options(tableLegendRight(Reducer.LAST_NOT_NULL, Viz.TooltipMode.MULTI))
        .build();
  }

  private Panel status() {
    return probeStat(
        "Status",
        perTarget("probe_success{" + SELECTOR + "}"),
        statFields(
            "none",
            thresholds(OLD_RED, 1, OLD_ORANGE, 1, OLD_GREEN),
            valueTexts("0", "DOWN", "1", "UP")),
        StatOptions.ColorMode.BACKGROUND);
  }

  private Panel statusCode() {
    return probeStat(
        "HTTP Status Code",
        perTarget("probe_http_status_code{" + SELECTOR + "}"),
        statFields(
                "none",
                thresholds(OLD_GREEN, 201, OLD_ORANGE, 399, OLD_RED),
                valueTexts("0", "N/A", "1", "YES"))
            .decimals(0),
        StatOptions.ColorMode.VALUE);
  }

  private Panel httpVersion() {
    return probeStat(
        "HTTP Version",
        query("probe_http_version{" + SELECTOR + "}", "{{target}}"),
        statFields("none", greenRed80()),
        StatOptions.ColorMode.NONE);
  }

  private Panel probeDuration() {
    return timeseries("Probe Duration")
        .addTarget(perTarget("probe_duration_seconds{" + SELECTOR + "}"))
        .fieldConfig(
            fields(
                defaults()
                    .unit("s")
                    .color(FieldColor.of(FieldColor.Mode.PALETTE_CLASSIC))
                    .custom(
                        CustomFieldConfig.builder()
                            .fillOpacity(10)
                            .showPoints(CustomFieldConfig.ShowPoints.NEVER)
                            .spanNulls(true)
                            .build())
                    .thresholds(thresholds("dark-green", 0.2, "orange", 0.5, "red"))
                    .build()))
        .options(tableLegendRight(Reducer.MEAN, Viz.TooltipMode.MULTI))
        .build();
  }

  private Panel averageProbeDuration() {
    return probeStat(
        "Average Probe Duration",
        perTarget("avg(probe_duration_seconds{" + SELECTOR + "}) by (target)"),
        statFields("s", thresholds("dark-green", 0.2, "orange", 0.5, "red")),
        StatOptions.ColorMode.VALUE);
  }

  private Panel averageDnsLookup() {
    return probeStat(
        "Average DNS Lookup",
        perTarget("avg(probe_dns_lookup_time_seconds{" + SELECTOR + "}) by (target)"),
        statFields("s", thresholds("dark-green", 0.025, "orange", 0.05, "red")).decimals(2),
        StatOptions.ColorMode.VALUE);
  }

  private Panel ipProtocol() {
    return probeStat(
        "IP protocol",
        query("probe_ip_protocol{" + SELECTOR + "}", "{{target}}"),
        statFields("none", greenRed80()),
        StatOptions.ColorMode.NONE);
  }

  private Panel phaseDurations() {
    String selector =
        "target=~\"$target\", phase=~\"$phase\", runner=\"$runner\", "
            + "organization=\"$organization\", "
            + "namespace=\"$namespace\"";
    return timeseries("HTTP Duration (phase = $phase)")
        .addTarget(
            query("probe_http_duration_seconds{" + selector + "}", "{{target}} - {{ phase }}")
                .withInterval("$interval")
                .withRefId("B"))
        .fieldConfig(
            fields(
                defaults()
                    .unit("s")
                    .color(FieldColor.of(FieldColor.Mode.PALETTE_CLASSIC))
                    .custom(
                        CustomFieldConfig.builder()
                            .fillOpacity(10)
                            .lineInterpolation(CustomFieldConfig.LineInterpolation.SMOOTH)
                            .showPoints(CustomFieldConfig.ShowPoints.NEVER)
                            .spanNulls(true)
                            .build())
                    .thresholds(greenRed80())
                    .build()))
        .options(tableLegendRight(Reducer.MEAN, Viz.TooltipMode.SINGLE))
        .build();
  }

  private Panel sslExpiry() {
    return probeStat(
        "SSL Expiry",
        perTarget("probe_ssl_earliest_cert_expiry{" + SELECTOR + "} - time()"),
        statFields(
                "dtdhms",
                thresholds(OLD_RED, 0, OLD_ORANGE, 1209600, OLD_GREEN),
                valueTexts("0", "NO", "1", "YES"))
            .decimals(2),
        StatOptions.ColorMode.VALUE);
  }

  private Panel ssl() {
    return probeStat(
        "SSL",
        perTarget("probe_http_ssl{" + SELECTOR + "}"),
        statFields(
            "none",
            thresholds(OLD_RED, 0, OLD_ORANGE, 1, OLD_GREEN),
            valueTexts("0", "NO", "1", "YES")),
        StatOptions.ColorMode.VALUE);
  }

  private Panel tlsVersion() {
    return table("TLS version")
        .addTarget(
            tableQuery("probe_tls_version_info{" + SELECTOR + "}").withLegendFormat("{{version}}"))
        .maxDataPoints(100)
        .addTransformation(
            Transformation.of(
                "organize",
                Map.of(
                    "excludeByName",
                    Map.of(
                        "Time",
                        true,
                        "Value",
                        true,
                        "Value #A",
                        true,
                        "__name__",
                        true,
                        "instance",
                        true,
                        "job",
                        true))))
        .fieldConfig(
            fields(
                statFields("none", greenRed80())
                    .custom(
                        CustomFieldConfig.builder()
                            .align("auto")
                            .filterable(false)
                            .inspect(false)
                            .build())
                    .build()))
        .options(
            TableOptions.builder()
                .showHeader(false)
                .cellHeight(TableOptions.CellHeight.SMALL)
                .footer(Tables.footer().build())
                .addSortBy(TableSortBy.of("job", false))
                .build())
        .build();
  }
}
