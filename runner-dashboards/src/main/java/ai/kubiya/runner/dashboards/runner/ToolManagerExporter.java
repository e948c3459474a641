package ai.kubiya.runner.dashboards.runner;

import static ai.kubiya.runner.dashboards.layout.Grid.cell;

import ai.kubiya.runner.dashboards.layout.Grid;
import ai.kubiya.runner.dashboards.model.CustomFieldConfig;
import ai.kubiya.runner.dashboards.model.Dashboard;
import ai.kubiya.runner.dashboards.model.DatasourceRef;
import ai.kubiya.runner.dashboards.model.FieldColor;
import ai.kubiya.runner.dashboards.model.FieldConfig;
import ai.kubiya.runner.dashboards.model.FieldMatcher;
import ai.kubiya.runner.dashboards.model.FieldOverride;
import ai.kubiya.runner.dashboards.model.HeatmapColorOptions;
import ai.kubiya.runner.dashboards.model.HeatmapOptions;
import ai.kubiya.runner.dashboards.model.ImmutableCustomFieldConfig;
import ai.kubiya.runner.dashboards.model.OverrideProperty;
import ai.kubiya.runner.dashboards.model.Panel;
import ai.kubiya.runner.dashboards.model.ReduceDataOptions;
import ai.kubiya.runner.dashboards.model.Reducer;
import ai.kubiya.runner.dashboards.model.Target;
import ai.kubiya.runner.dashboards.model.Viz;
import ai.kubiya.runner.dashboards.model.VizTextDisplayOptions;
import java.util.List;

/**
 * Tool Manager: CPU, memory, network, HTTP requests and response times, and Go runtime statistics
 * of the tool-manager.
 */
final class ToolManagerExporter extends ChartDashboard {
  private static final String SELECTOR =
      "runner=\"$runner\", organization=\"$organization\", namespace=\"$namespace\"";
  private static final String TOOL_MANAGER = SELECTOR + ", app=\"tool-manager\"";

  ToolManagerExporter(DatasourceRef prometheus) {
    super(prometheus);
  }

  @Override
  public String fileName() {
    return "customer-runners-component-exporter-tool-manager";
  }

  @Override
  public Dashboard build() {
    return componentExporter(
            "tool-manager",
            "Customer Runners / Component Exporter / Tool Manager",
            List.of("customer_runners", "tool_manager", "metrics", "runners"))
        .panels(
            Grid.create()
                .line(8, cell(12, cpu()), cell(6, memory()), cell(6, 9, requests()))
                .line(9, cell(12, network()), cell(12, 8, responseTimes()))
                .line(9, cell(24, goRuntime()))
                .panels())
        .build();
  }

  /** A smooth line graph without points, as the tool-manager's graphs are drawn. */
  private static ImmutableCustomFieldConfig.Builder smoothLines(int fillOpacity) {
    return CustomFieldConfig.builder()
        .lineInterpolation(CustomFieldConfig.LineInterpolation.SMOOTH)
        .lineWidth(2)
        .fillOpacity(fillOpacity)
        .showPoints(CustomFieldConfig.ShowPoints.NEVER);
  }

  private Panel cpu() {
    return timeseries("CPU Usage by Core")
        .description("CPU usage percentage per core")
        .addTarget(query("cpu_usage{" + TOOL_MANAGER + "}", "{{pod}}"))
        .fieldConfig(
            fields(
                defaults()
                    .unit("percent")
                    .decimals(2)
                    .min(0.0)
                    .max(100.0)
                    .color(FieldColor.of(FieldColor.Mode.PALETTE_CLASSIC))
                    .custom(smoothLines(20).axisLabel("CPU Usage %").build())
                    .thresholds(thresholds("green", 70, "yellow", 85, "red"))
                    .build()))
        .options(
            timeseriesOptions()
                .legend(legend(Viz.LegendDisplayMode.TABLE, Reducer.MEAN, Reducer.MAX).build())
                .tooltip(tooltip(Viz.TooltipMode.MULTI, Viz.SortOrder.DESCENDING))
                .build())
        .build();
  }

  private Panel memory() {
    return gauge("Memory Usage")
        .description("Current memory usage percentage")
        .addTarget(query("memory_usage{" + TOOL_MANAGER + "}", "{{label_name}}"))
        .fieldConfig(
            fields(
                defaults()
                    .unit("percent")
                    .decimals(1)
                    .min(0.0)
                    .max(100.0)
                    .color(FieldColor.of(FieldColor.Mode.THRESHOLDS))
                    .thresholds(thresholds("green", 60, "yellow", 80, "red"))
                    .build()))
        .options(
            gaugeOptions()
                .reduceOptions(ReduceDataOptions.builder().fields("").values(false).build())
                .text(VizTextDisplayOptions.builder().valueSize(32).build())
                .build())
        .build();
  }

  private Panel requests() {
    return stat("HTTP Requests Overview")
        .description("Total HTTP requests count")
        .addTarget(query("sum(http_requests_total{" + TOOL_MANAGER + "})", "Total Requests"))
        .fieldConfig(
            fields(
                defaults()
                    .unit("short")
                    .decimals(0)
                    .color(FieldColor.of(FieldColor.Mode.THRESHOLDS))
                    .thresholds(thresholds("blue"))
                    .build()))
        .options(statOptions().build())
        .build();
  }

  private Panel network() {
    String eth0 = TOOL_MANAGER.replace(", app=", ", interface=\"eth0\", app=");
    return timeseries("Network Traffic")
        .description("Network traffic in/out over time")
        .addTarget(query("rate(network_received_bytes{" + eth0 + "}[5m])", "Received"))
        .addTarget(query("rate(network_sent_bytes{" + eth0 + "}[5m])", "Sent"))
        .fieldConfig(
            fields(
                defaults()
                    .unit("bytes")
                    .decimals(2)
                    .color(FieldColor.of(FieldColor.Mode.PALETTE_CLASSIC))
                    .custom(smoothLines(10).build())
                    .thresholds(thresholds("green"))
                    .build()))
        .options(
            timeseriesOptions()
                .legend(
                    legend(
                            Viz.LegendDisplayMode.TABLE,
                            Reducer.MEAN,
                            Reducer.MAX,
                            Reducer.LAST_NOT_NULL)
                        .build())
                .tooltip(tooltip(Viz.TooltipMode.MULTI, Viz.SortOrder.NONE))
                .build())
        .build();
  }

  private Panel responseTimes() {
    return heatmap("HTTP Response Time Distribution")
        .description("Distribution of HTTP response times")
        .addTarget(
            query(
                    "sum(rate(http_request_duration_highr_seconds_bucket{"
                        + SELECTOR
                        + "}[5m])) by (le)",
                    "{{le}}")
                .withFormat(Target.Format.HEATMAP))
        .options(
            HeatmapOptions.builder()
                .calculate(true)
                .cellGap(1)
                .color(
                    HeatmapColorOptions.builder()
                        .mode("scheme")
                        .scheme("RdYlBu")
                        .fill("dark-orange")
                        .scale("exponential")
                        .exponent(0.5)
                        .steps(64)
                        .reverse(false)
                        .build())
                .build())
        .build();
  }

  private Panel goRuntime() {
    return timeseries("Go Runtime Statistics")
        .description("Go runtime metrics including goroutines, threads, and GC duration")
        .addTarget(query("go_goroutines{" + SELECTOR + "}", "Goroutines"))
        .addTarget(query("go_threads{" + SELECTOR + "}", "Threads"))
        .addTarget(query("rate(go_gc_duration_seconds_sum{" + SELECTOR + "}[5m])", "GC Duration"))
        .fieldConfig(
            FieldConfig.of(
                defaults()
                    .color(FieldColor.of(FieldColor.Mode.PALETTE_CLASSIC))
                    .custom(CustomFieldConfig.builder().spanNulls(true).build())
                    .thresholds(thresholds("green"))
                    .build(),
                FieldOverride.of(FieldMatcher.byName("GC Duration"), OverrideProperty.unit("s"))))
        .options(
            timeseriesOptions()
                .legend(
                    legend(
                            Viz.LegendDisplayMode.TABLE,
                            Reducer.MEAN,
                            Reducer.MAX,
                            Reducer.LAST_NOT_NULL)
                        .build())
                .tooltip(tooltip(Viz.TooltipMode.MULTI, Viz.SortOrder.NONE))
                .build())
        .build();
  }
}
