package ai.kubiya.runner.dashboards.runner;

import static ai.kubiya.runner.dashboards.layout.Grid.cell;

import ai.kubiya.runner.dashboards.layout.Grid;
import ai.kubiya.runner.dashboards.model.ConstantVariable;
import ai.kubiya.runner.dashboards.model.CustomFieldConfig;
import ai.kubiya.runner.dashboards.model.Dashboard;
import ai.kubiya.runner.dashboards.model.DashboardLink;
import ai.kubiya.runner.dashboards.model.DatasourceRef;
import ai.kubiya.runner.dashboards.model.FieldColor;
import ai.kubiya.runner.dashboards.model.FieldConfig;
import ai.kubiya.runner.dashboards.model.FieldMatcher;
import ai.kubiya.runner.dashboards.model.FieldOverride;
import ai.kubiya.runner.dashboards.model.GraphStacking;
import ai.kubiya.runner.dashboards.model.HideFrom;
import ai.kubiya.runner.dashboards.model.ImmutableHideFrom;
import ai.kubiya.runner.dashboards.model.ImmutableQueryVariable;
import ai.kubiya.runner.dashboards.model.ImmutableTarget;
import ai.kubiya.runner.dashboards.model.ImmutableTimeseriesPanel;
import ai.kubiya.runner.dashboards.model.OverrideProperty;
import ai.kubiya.runner.dashboards.model.Panel;
import ai.kubiya.runner.dashboards.model.QueryVariable;
import ai.kubiya.runner.dashboards.model.RefreshInterval;
import ai.kubiya.runner.dashboards.model.RowPanel;
import ai.kubiya.runner.dashboards.model.Templating;
import ai.kubiya.runner.dashboards.model.TimePicker;
import ai.kubiya.runner.dashboards.model.TimeRange;
import ai.kubiya.runner.dashboards.model.VariableQuery;
import ai.kubiya.runner.dashboards.model.VariableSettings;
import ai.kubiya.runner.dashboards.model.Viz;
import java.util.List;
import java.util.Map;

/**
 * Alloy / Prometheus Components: how Alloy's {@code prometheus.scrape} and {@code
 * prometheus.remote_write} components of the runners do (scrape success and duration, remote write
 * success, latency, WAL delay, throughput, shards, samples, active series). From Alloy's mixin.
 * Panels read the data source through the hidden {@code $datasource} constant.
 */
final class AlloyPrometheusComponents extends ChartDashboard {
  private static final String SCRAPES = "job=~\"$job\", cluster=~\"$cluster\"";
  private static final String COMPONENTS =
      "job=~\"$job\",instance=~\"$instance\", "
          + "component_path=~\"$component_path\", component_id=~\"$component\"";
  private static final String WRITES = COMPONENTS + ", url=~\"$url\"";
  private static final String BY_COMPONENT = "{{instance}} / {{component_path}} {{component_id}}";
  private static final String CONTROLLER = "alloy_component_controller_running_components";
  private static final String WAL_APPENDS = "prometheus_remote_write_wal_samples_appended_total";

  private final String datasourceUid;

  AlloyPrometheusComponents(String datasourceUid) {
    super(DatasourceRef.named("${datasource}"));
    this.datasourceUid = datasourceUid;
  }

  @Override
  public String fileName() {
    return "customer-runners-metrics-alloy-prometheus-components";
  }

  @Override
  public Dashboard build() {
    return dashboard(
            "e324cc55567d7f3a8e32860ff8e6d0d9",
            "Customer Runners / Metrics / Alloy / Prometheus Components")
        .tags(List.of("alloy", "customer_runner_metrics"))
        .time(TimeRange.last("1h"))
        .refresh(RefreshInterval.every("10s"))
        .timepicker(
            TimePicker.builder()
                .refreshIntervals(
                    List.of("5s", "10s", "30s", "1m", "5m", "15m", "30m", "1h", "2h", "1d"))
                .timeOptions(
                    List.of("5m", "15m", "1h", "6h", "12h", "24h", "2d", "7d", "30d", "90d"))
                .build())
        .timezone("utc")
        .addLink(
            DashboardLink.builder()
                .type(DashboardLink.Type.LINK)
                .title("Documentation")
                .tooltip("Component documentation")
                .icon("doc")
                .url(
                    "https://grafana.com/docs/alloy/latest/reference/components/"
                        + "prometheus.remote_write/")
                .targetBlank(true)
                .build())
        .addLink(
            DashboardLink.builder()
                .type(DashboardLink.Type.DASHBOARDS)
                .title("Dashboards")
                .icon("external link")
                .addTag("alloy-mixin")
                .asDropdown(true)
                .includeVars(true)
                .keepTime(true)
                .targetBlank(false)
                .build())
        .templating(
            Templating.of(
                ConstantVariable.builder()
                    .name("datasource")
                    .label("Data Source")
                    .hide(VariableSettings.Hide.VARIABLE)
                    .query(datasourceUid)
                    .build(),
                picker("cluster", "label_values(" + CONTROLLER + ", cluster)"),
                picker(
                    "namespace",
                    "label_values(" + CONTROLLER + "{cluster=~\"$cluster\"}, namespace)"),
                picker(
                    "job",
                    "label_values("
                        + CONTROLLER
                        + "{cluster=~\"$cluster\", namespace=~\"$namespace\"}, job)"),
                all(
                    picker(
                        "instance",
                        "label_values("
                            + CONTROLLER
                            + "{cluster=~\"$cluster\", namespace=~\"$namespace\", "
                            + "job=~\"$job\"}, instance)")),
                all(
                    picker(
                        "component_path",
                        "label_values("
                            + WAL_APPENDS
                            + "{cluster=~\"$cluster\", "
                            + "namespace=~\"$namespace\", job=~\"$job\", instance=~\"$instance\", "
                            + "component_id=~\"prometheus.remote_write.*\", "
                            + "component_path=~\".*\"}, component_path)")),
                all(
                    picker(
                        "component",
                        "label_values("
                            + WAL_APPENDS
                            + "{cluster=~\"$cluster\", "
                            + "namespace=~\"$namespace\", job=~\"$job\", instance=~\"$instance\", "
                            + "component_id=~\"prometheus.remote_write.*\"}, component_id)")),
                all(
                    picker(
                        "url",
                        "label_values(prometheus_remote_storage_sent_batch_duration_seconds_sum{"
                            + "cluster=~\"$cluster\", namespace=~\"$namespace\", "
                            + "job=\"$job\", instance=~\"$instance\", "
                            + "component_id=~\"$component\"}, url)"))))
        .panels(
            Grid.create()
                .row(
                    RowPanel.builder()
                        .title("prometheus.scrape")
                        .collapsed(false)
                        .datasource(prometheus)
                        .build())
                .line(10, cell(12, scrapeSuccess()), cell(12, scrapeDuration()))
                .row(
                    RowPanel.builder()
                        .title("prometheus.remote_write")
                        .collapsed(false)
                        .datasource(prometheus)
                        .build())
                .line(10, cell(12, remoteWriteSuccess()), cell(12, writeLatency()))
                .line(10, cell(8, walDelay()), cell(8, throughput()), cell(8, shards()))
                .line(
                    10,
                    cell(8, samples("Sent samples / second", "samples_total", SENT)),
                    cell(8, samples("Failed samples / second", "samples_failed_total", FAILED)),
                    cell(8, samples("Retried samples / second", "samples_retried_total", RETRIED)))
                .line(
                    10,
                    cell(8, activeSeriesTotal()),
                    cell(8, activeSeriesByInstance()),
                    cell(8, activeSeriesByComponent()))
                .panels())
        .build();
  }

  /** A picker of the mixin: its own refId, reloaded with the time range, sorted descending. */
  private ImmutableQueryVariable picker(String name, String query) {
    return QueryVariable.builder()
        .name(name)
        .label(name)
        .datasource(prometheus)
        .query(VariableQuery.of(name, query + "\n"))
        .refresh(VariableSettings.Refresh.ON_TIME_RANGE_CHANGE)
        .sort(VariableSettings.Sort.ALPHABETICAL_DESC)
        .build();
  }

  private static ImmutableQueryVariable all(ImmutableQueryVariable picker) {
    return picker.withMulti(true).withIncludeAll(true).withAllValue(".*");
  }

  private static ImmutableTarget series(String expr, String legend) {
    return query(expr + "\n", legend).withRange(true).withInstant(false);
  }

  /** A graph of the mixin: a description, this unit, Grafana's default thresholds. */
  private ImmutableTimeseriesPanel.Builder mixinGraph(
      String title, String description, String unit) {
    return mixinGraph(title, description, unit, null);
  }

  private ImmutableTimeseriesPanel.Builder mixinGraph(
      String title, String description, String unit, CustomFieldConfig custom) {
    var fieldDefaults =
        defaults()
            .unit(unit)
            .color(FieldColor.of(FieldColor.Mode.PALETTE_CLASSIC))
            .thresholds(greenRed80());
    if (custom != null) {
      fieldDefaults.custom(custom);
    }
    return timeseries(title)
        .description(description)
        .fieldConfig(fields(fieldDefaults.build()))
        .options(timeseriesOptions().build());
  }

  /** Stacked, hue-graded areas, as the mixin draws rates. */
  private static final CustomFieldConfig STACKED =
      CustomFieldConfig.builder()
          .fillOpacity(20)
          .gradientMode(CustomFieldConfig.GradientMode.HUE)
          .stacking(GraphStacking.of(GraphStacking.Mode.NORMAL))
          .build();

  private Panel scrapeSuccess() {
    return mixinGraph(
            "Scrape success rate in $cluster",
            """
            Percentage of targets successfully scraped by prometheus.scrape
            components.

            This metric is calculated by dividing the number of targets
            successfully scraped by the total number of targets scraped,
            across all the namespaces in the selected cluster.

            Low success rates can indicate a problem with scrape targets,
            stale service discovery, or Alloy misconfiguration.
            """,
            "percentunit")
        .addTarget(
            series(
                "sum(up{" + SCRAPES + "})\n/\ncount (up{" + SCRAPES + "})",
                "% of targets successfully scraped"))
        .build();
  }

  private Panel scrapeDuration() {
    ImmutableTimeseriesPanel.Builder b =
        mixinGraph(
            "Scrape duration in $cluster",
            """
        Duration of successful scrapes by prometheus.scrape components,
        across all the namespaces in the selected cluster.

        This metric should be below your configured scrape interval.
        High durations can indicate a problem with a scrape target or
        a performance issue with Alloy.
        """,
            "s");
    for (String q : List.of("0.99", "0.95", "0.50")) {
      String p = "p" + q.substring(2);
      b.addTarget(series("quantile(" + q + ", scrape_duration_seconds{" + SCRAPES + "})", p));
    }
    return b.build();
  }

  private Panel remoteWriteSuccess() {
    String expr =
        """
        (
            1 -
            (
                sum(rate(prometheus_remote_storage_samples_failed_total{%1$s}[$__rate_interval]))
            )
            /
            (
                sum(rate(prometheus_remote_storage_samples_total{%1$s}[$__rate_interval]))
            )
        )"""
            .formatted(WRITES);
    return mixinGraph(
            "Remote write success rate in $cluster",
            """
            Percentage of samples sent by prometheus.remote_write that succeeded.

            Low success rates can indicate a problem with Alloy or the remote storage.
            """,
            "percentunit")
        .addTarget(series(expr, "% of samples successfully sent"))
        .build();
  }

  private Panel writeLatency() {
    String buckets =
        "rate(prometheus_remote_storage_sent_batch_duration_seconds_bucket{"
            + WRITES
            + "}[$__rate_interval])";
    String average =
        "sum(rate(prometheus_remote_storage_sent_batch_duration_seconds_sum{"
            + COMPONENTS
            + "}[$__rate_interval])) "
            + "/\nsum(rate(prometheus_remote_storage_sent_batch_duration_seconds_count{"
            + COMPONENTS
            + "}[$__rate_interval]))";
    return mixinGraph(
            "Write latency in $cluster",
            """
            Latency of writes to the remote system made by
            prometheus.remote_write.
            """,
            "s")
        .addTarget(
            series(
                "histogram_quantile(0.99, sum by (le) (\n  " + buckets + "\n))", "99th percentile"))
        .addTarget(
            series(
                "histogram_quantile(0.50, sum by (le) (\n  " + buckets + "\n))", "50th percentile"))
        .addTarget(series(average, "Average"))
        .build();
  }

  private Panel walDelay() {
    String expr =
        """
        sum by (instance, component_path, component_id) (
          prometheus_remote_storage_highest_timestamp_in_seconds{%s}
          - ignoring(url, remote_name) group_right(instance)
          prometheus_remote_storage_queue_highest_sent_timestamp_seconds{%s}
        )"""
            .formatted(COMPONENTS, WRITES);
    return mixinGraph(
            "WAL delay",
            """
            How far behind prometheus.remote_write from samples recently written
            to the WAL.

            Each endpoint prometheus.remote_write is configured to send metrics
            has its own delay. The time shown here is the sum across all
            endpoints for the given component.

            It is normal for the WAL delay to be within 1-3 scrape intervals. If
            the WAL delay continues to increase beyond that amount, try
            increasing the number of maximum shards.
            """,
            "s")
        .addTarget(series(expr, BY_COMPONENT))
        .build();
  }

  private Panel throughput() {
    String expr =
        """
        sum without (remote_name, url) (
            rate(prometheus_remote_storage_bytes_total{%1$s}[$__rate_interval]) +
            rate(prometheus_remote_storage_metadata_bytes_total{%1$s}[$__rate_interval])
        )"""
            .formatted(WRITES);
    return mixinGraph(
            "Data write throughput",
            """
            Rate of data containing samples and metadata sent by
            prometheus.remote_write.
            """,
            "Bps",
            STACKED)
        .addTarget(series(expr, BY_COMPONENT))
        .build();
  }

  private Panel shards() {
    HideFrom legendOnly =
        ImmutableHideFrom.builder().legend(true).tooltip(false).viz(false).build();
    OverrideProperty dashed =
        OverrideProperty.custom("lineStyle", Map.of("dash", List.of(10, 15), "fill", "dash"));
    OverrideProperty noPoints =
        OverrideProperty.custom("showPoints", CustomFieldConfig.ShowPoints.NEVER);
    OverrideProperty notInLegend = OverrideProperty.custom("hideFrom", legendOnly);
    return timeseries("Shards")
        .description(
            """
            Total number of shards which are concurrently sending samples read
            from the Write-Ahead Log.

            Shards are bound to a minimum and maximum, displayed on the graph.
            The lowest minimum and the highest maximum across all clients is
            shown.

            Each client has its own set of shards, minimum shards, and maximum
            shards; filter to a specific URL to display more granular
            information.
            """)
        .addTarget(
            series(
                "sum without (remote_name, url) (\n    prometheus_remote_storage_shards{"
                    + WRITES
                    + "}\n)",
                BY_COMPONENT))
        .addTarget(
            series("min (\n    prometheus_remote_storage_shards_min{" + WRITES + "}\n)", "Minimum"))
        .addTarget(
            series("max (\n    prometheus_remote_storage_shards_max{" + WRITES + "}\n)", "Maximum"))
        .fieldConfig(
            FieldConfig.of(
                defaults()
                    .unit("none")
                    .color(FieldColor.of(FieldColor.Mode.PALETTE_CLASSIC))
                    .thresholds(greenRed80())
                    .build(),
                FieldOverride.of(FieldMatcher.byName("Minimum"), dashed, noPoints, notInLegend),
                FieldOverride.of(FieldMatcher.byName("Maximum"), dashed, noPoints, notInLegend)))
        .options(timeseriesOptions().build())
        .build();
  }

  private static final String SENT =
      """
      Total outgoing samples sent by prometheus.remote_write.
      """;
  private static final String FAILED =
      """
      Rate of samples which prometheus.remote_write could not send due to
      non-recoverable errors.
      """;
  private static final String RETRIED =
      """
      Rate of samples which prometheus.remote_write attempted to resend
      after receiving a recoverable error.
      """;

  private Panel samples(String title, String counter, String description) {
    String expr =
        "sum without (url, remote_name) (\n  rate(prometheus_remote_storage_"
            + counter
            + "{"
            + WRITES
            + "}[$__rate_interval])\n)";
    return mixinGraph(title, description, "cps", STACKED)
        .addTarget(series(expr, BY_COMPONENT))
        .build();
  }

  private static final String ACTIVE_SERIES =
      """
      An "active series" is a series that prometheus.remote_write recently
      received a sample for. Active series are garbage collected whenever a
      truncation of the WAL occurs.
      """;

  private Panel activeSeriesTotal() {
    return mixinGraph(
            "Active series (total)",
            "Total number of active series across all components.\n\n" + ACTIVE_SERIES,
            "short")
        .addTarget(
            series(
                "sum(prometheus_remote_write_wal_storage_active_series{" + WRITES + "})", "Series"))
        .options(
            timeseriesOptions()
                .legend(legend(Viz.LegendDisplayMode.LIST).showLegend(false).build())
                .build())
        .build();
  }

  private static final String ACTIVE_BY_COMPONENT =
      "prometheus_remote_write_wal_storage_active_series{job=~\"$job\",instance=~\"$instance\", "
          + "component_id!=\"\", "
          + "component_path=~\"$component_path\", component_id=~\"$component\", url=~\"$url\"}";

  private Panel activeSeriesByInstance() {
    return mixinGraph(
            "Active series (by instance/component)",
            """
            Total number of active series which are currently being tracked by
            prometheus.remote_write components, with separate lines for each Alloy instance.

            """
                + ACTIVE_SERIES,
            "short")
        .addTarget(series(ACTIVE_BY_COMPONENT, BY_COMPONENT))
        .build();
  }

  private Panel activeSeriesByComponent() {
    return mixinGraph(
            "Active series (by component)",
            """
            Total number of active series which are currently being tracked by
            prometheus.remote_write components, aggregated across all instances.

            """
                + ACTIVE_SERIES,
            "short")
        .addTarget(
            series(
                "sum by (component_path, component_id) (" + ACTIVE_BY_COMPONENT + ")",
                "{{component_path}} {{component_id}}"))
        .build();
  }
}
