package ai.kubiya.runner.dashboards.runner;

import static ai.kubiya.runner.dashboards.layout.Grid.cell;

import ai.kubiya.runner.dashboards.layout.Grid;
import ai.kubiya.runner.dashboards.model.BarGaugeOptions;
import ai.kubiya.runner.dashboards.model.CustomFieldConfig;
import ai.kubiya.runner.dashboards.model.Dashboard;
import ai.kubiya.runner.dashboards.model.DatasourceRef;
import ai.kubiya.runner.dashboards.model.FieldColor;
import ai.kubiya.runner.dashboards.model.FieldDefaults;
import ai.kubiya.runner.dashboards.model.Panel;
import ai.kubiya.runner.dashboards.model.ReduceDataOptions;
import ai.kubiya.runner.dashboards.model.Reducer;
import ai.kubiya.runner.dashboards.model.StatOptions;
import ai.kubiya.runner.dashboards.model.Thresholds;
import ai.kubiya.runner.dashboards.model.ThresholdsStyle;
import ai.kubiya.runner.dashboards.model.Transformation;
import ai.kubiya.runner.dashboards.model.Viz;
import java.util.List;
import java.util.Map;

/**
 * Agent Manager: request counts, durations, 2xx and 5xx shares and failed tool runs, from the
 * agent-manager's own exporter ({@code agent_manager_*}).
 */
final class AgentManagerExporter extends ChartDashboard {
  private static final String SELECTOR =
      "namespace=\"$namespace\", runner=\"$runner\", organization=\"$organization\"";
  private static final String REQUESTS = "agent_manager_http_requests_total{" + SELECTOR + "}";

  AgentManagerExporter(DatasourceRef prometheus) {
    super(prometheus);
  }

  @Override
  public String fileName() {
    return "customer-runners-component-exporter-agent-manager";
  }

  @Override
  public Dashboard build() {
    return componentExporter(
            "fastapi-observability",
            "Customer Runners / Component Exporter / Agent Manager",
            List.of(" customer_runner", "agent_manager", "metrics", "runners"))
        .panels(
            Grid.create()
                .line(
                    6,
                    cell(4, totalRequests()),
                    cell(8, requestsCount()),
                    cell(12, averageDuration()))
                .line(
                    7,
                    cell(4, toolRunFailures()),
                    cell(
                        10,
                        statusShare(
                            "Percent of 2xx Requests", "2xx", thresholds("red", 0.8, "green"))),
                    cell(
                        10,
                        statusShare(
                            "Percent of 5xx Requests", "5xx", thresholds("green", 0.1, "red"))))
                .line(8, cell(11, durationP95()), cell(13, requestsPerSecond()))
                .panels())
        .build();
  }

  /** Requests of the last 24 hours, newest first. */
  private static List<Transformation> newestFirst() {
    return List.of(
        Transformation.of("seriesToRows"),
        Transformation.of(
            "sortBy", Map.of("fields", Map.of(), "sort", List.of(Map.of("field", "Time")))));
  }

  private Panel totalRequests() {
    return stat("Total Requests")
        .addTarget(query("sum(" + REQUESTS + ")", ""))
        .timeFrom("24h")
        .transformations(newestFirst())
        .fieldConfig(fields(defaults().unit("short").thresholds(thresholds("green")).build()))
        .options(statOptions().build())
        .build();
  }

  private Panel requestsCount() {
    return stat("Requests Count")
        .addTarget(query(REQUESTS, "{{method}} {{handler}}"))
        .timeFrom("24h")
        .transformations(newestFirst())
        .addTransformation(
            Transformation.of("partitionByValues", Map.of("fields", List.of("Metric"))))
        .fieldConfig(fields(defaults().unit("short").thresholds(thresholds("green")).build()))
        .options(statOptions().textMode(StatOptions.TextMode.VALUE_AND_NAME).build())
        .build();
  }

  private Panel averageDuration() {
    String sum = "agent_manager_http_request_duration_seconds_sum{" + SELECTOR + "}";
    return barGauge("Requests Average Duration")
        .addTarget(query(sum + " / " + sum, "{{method}} {{handler}}"))
        .fieldConfig(
            fields(
                defaults()
                    .unit("s")
                    .color(FieldColor.of(FieldColor.Mode.CONTINUOUS_GR_YL_RD))
                    .thresholds(greenRed80())
                    .build()))
        .options(
            BarGaugeOptions.builder()
                .reduceOptions(ReduceDataOptions.calcs(Reducer.LAST_NOT_NULL))
                .orientation(Viz.Orientation.HORIZONTAL)
                .displayMode(BarGaugeOptions.DisplayMode.LCD)
                .valueMode(BarGaugeOptions.ValueMode.COLOR)
                .namePlacement(BarGaugeOptions.NamePlacement.AUTO)
                .showUnfilled(true)
                .sizing(Viz.Sizing.AUTO)
                .minVizWidth(0)
                .minVizHeight(10)
                .maxVizHeight(300)
                .build())
        .build();
  }

  private Panel toolRunFailures() {
    return stat("Tool Run Failure Exceptions")
        .addTarget(
            query(
                "sum by (runner) (rate(agent_manager_tool_run_failure_counter_total{"
                    + SELECTOR
                    + "}[24h]))",
                ""))
        .timeFrom("24h")
        .fieldConfig(
            fields(
                defaults()
                    .color(FieldColor.of(FieldColor.Mode.THRESHOLDS))
                    .thresholds(greenRed80())
                    .build()))
        .options(statOptions().build())
        .build();
  }

  /** The share of requests per handler whose status class is {@code statusClass}, as a fraction. */
  private Panel statusShare(String title, String statusClass, Thresholds thresholds) {
    String matching =
        "agent_manager_http_requests_total{" + SELECTOR + ", status=~\"" + statusClass + "\"}";
    var fieldDefaults =
        defaults()
            .unit("percentunit")
            .color(FieldColor.of(FieldColor.Mode.PALETTE_CLASSIC))
            .custom(
                CustomFieldConfig.builder()
                    .axisSoftMax(1.0)
                    .thresholdsStyle(ThresholdsStyle.of(ThresholdsStyle.Mode.AREA))
                    .build())
            .thresholds(thresholds);
    if (statusClass.equals("5xx")) {
      fieldDefaults.min(0.0).noValue("0");
    }
    return timeseries(title)
        .addTarget(
            query(
                "sum by(handler) (" + matching + ") / sum by(handler) (" + REQUESTS + ")",
                "{{handler}}"))
        .fieldConfig(fields(fieldDefaults.build()))
        .options(timeseriesOptions().build())
        .build();
  }

  /** A graph's fields: this unit, classic palette, Grafana's default thresholds. */
  private static FieldDefaults graphDefaults(String unit) {
    return defaults()
        .unit(unit)
        .color(FieldColor.of(FieldColor.Mode.PALETTE_CLASSIC))
        .thresholds(greenRed80())
        .build();
  }

  private Panel durationP95() {
    return timeseries("PR 99 Requests Duration")
        .addTarget(
            query(
                "histogram_quantile(0.95, "
                    + "sum(rate(agent_manager_http_request_duration_seconds_bucket{"
                    + SELECTOR
                    + "}[$__rate_interval])) by (handler, le))",
                "{{handler}}"))
        .fieldConfig(fields(graphDefaults("s")))
        .options(timeseriesOptions().build())
        .build();
  }

  private Panel requestsPerSecond() {
    return timeseries("Request Per Sec")
        .addTarget(query("rate(" + REQUESTS + "[$__rate_interval])", "{{handler}}"))
        .fieldConfig(fields(graphDefaults("reqps")))
        .options(timeseriesOptions().build())
        .build();
  }
}
