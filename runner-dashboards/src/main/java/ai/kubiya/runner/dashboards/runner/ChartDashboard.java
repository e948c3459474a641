package ai.kubiya.runner.dashboards.runner;

import ai.kubiya.runner.dashboards.model.BarGaugePanel;
import ai.kubiya.runner.dashboards.model.Dashboard;
import ai.kubiya.runner.dashboards.model.DatasourceRef;
import ai.kubiya.runner.dashboards.model.FieldColor;
import ai.kubiya.runner.dashboards.model.FieldConfig;
import ai.kubiya.runner.dashboards.model.FieldDefaults;
import ai.kubiya.runner.dashboards.model.GaugeOptions;
import ai.kubiya.runner.dashboards.model.GaugePanel;
import ai.kubiya.runner.dashboards.model.GraphPanel;
import ai.kubiya.runner.dashboards.model.HeatmapPanel;
import ai.kubiya.runner.dashboards.model.ImmutableBarGaugePanel;
import ai.kubiya.runner.dashboards.model.ImmutableDashboard;
import ai.kubiya.runner.dashboards.model.ImmutableFieldDefaults;
import ai.kubiya.runner.dashboards.model.ImmutableGaugeOptions;
import ai.kubiya.runner.dashboards.model.ImmutableGaugePanel;
import ai.kubiya.runner.dashboards.model.ImmutableGraphPanel;
import ai.kubiya.runner.dashboards.model.ImmutableHeatmapPanel;
import ai.kubiya.runner.dashboards.model.ImmutableStatOptions;
import ai.kubiya.runner.dashboards.model.ImmutableStatPanel;
import ai.kubiya.runner.dashboards.model.ImmutableStateTimelineOptions;
import ai.kubiya.runner.dashboards.model.ImmutableStateTimelinePanel;
import ai.kubiya.runner.dashboards.model.ImmutableTableOldPanel;
import ai.kubiya.runner.dashboards.model.ImmutableTablePanel;
import ai.kubiya.runner.dashboards.model.ImmutableTarget;
import ai.kubiya.runner.dashboards.model.ImmutableTimeseriesOptions;
import ai.kubiya.runner.dashboards.model.ImmutableTimeseriesPanel;
import ai.kubiya.runner.dashboards.model.ImmutableValueMap;
import ai.kubiya.runner.dashboards.model.ImmutableVizLegendOptions;
import ai.kubiya.runner.dashboards.model.MappingResult;
import ai.kubiya.runner.dashboards.model.ReduceDataOptions;
import ai.kubiya.runner.dashboards.model.Reducer;
import ai.kubiya.runner.dashboards.model.RefreshInterval;
import ai.kubiya.runner.dashboards.model.StatOptions;
import ai.kubiya.runner.dashboards.model.StatPanel;
import ai.kubiya.runner.dashboards.model.StateTimelineOptions;
import ai.kubiya.runner.dashboards.model.StateTimelinePanel;
import ai.kubiya.runner.dashboards.model.TableOldPanel;
import ai.kubiya.runner.dashboards.model.TablePanel;
import ai.kubiya.runner.dashboards.model.Target;
import ai.kubiya.runner.dashboards.model.Templating;
import ai.kubiya.runner.dashboards.model.ThresholdStep;
import ai.kubiya.runner.dashboards.model.Thresholds;
import ai.kubiya.runner.dashboards.model.TimePicker;
import ai.kubiya.runner.dashboards.model.TimeRange;
import ai.kubiya.runner.dashboards.model.TimeseriesOptions;
import ai.kubiya.runner.dashboards.model.TimeseriesPanel;
import ai.kubiya.runner.dashboards.model.ValueMap;
import ai.kubiya.runner.dashboards.model.VariableSettings;
import ai.kubiya.runner.dashboards.model.Viz;
import ai.kubiya.runner.dashboards.model.VizLegendOptions;
import ai.kubiya.runner.dashboards.model.VizTooltipOptions;
import java.util.Arrays;
import java.util.List;

/**
 * What the chart's dashboards share: the Prometheus data source every panel reads, panel builders
 * preset with it, and the option sets Grafana's editor saves for each panel kind, to be changed
 * where a panel differs.
 */
abstract class ChartDashboard implements RunnerDashboard {
  /**
   * The threshold colors of Grafana 7's single stats, which dashboards imported from grafana.com
   * keep.
   */
  static final String OLD_GREEN = "#299c46";

  static final String OLD_ORANGE = "rgba(237, 129, 40, 0.89)";

  static final String OLD_RED = "#d44a3a";

  final DatasourceRef prometheus;

  ChartDashboard(DatasourceRef prometheus) {
    this.prometheus = prometheus;
  }

  /** The chart file name. */
  @Override
  public String toString() {
    return fileName();
  }

  /** A dashboard as the chart's are saved: editable, crosshair shared between panels. */
  static ImmutableDashboard.Builder dashboard(String uid, String title) {
    return Dashboard.builder()
        .uid(uid)
        .title(title)
        .editable(true)
        .graphTooltip(VariableSettings.GraphTooltip.SHARED_CROSSHAIR);
  }

  /**
   * A component exporter dashboard (agent-manager, tool-manager): started from grafana.com
   * dashboard 16110, the last 5 minutes refreshed every minute, for one runner's namespace.
   */
  ImmutableDashboard.Builder componentExporter(String uid, String title, List<String> tags) {
    return dashboard(uid, title)
        .tags(tags)
        .gnetId(16110)
        .time(TimeRange.last("5m"))
        .refresh(RefreshInterval.every("1m"))
        .timepicker(refreshChoices("1m", "5m", "15m", "30m", "1h", "2h", "1d"))
        .timezone("")
        .templating(
            Templating.of(
                RunnerVariables.organization(prometheus),
                RunnerVariables.runner(prometheus),
                RunnerVariables.namespace(prometheus)));
  }

  /** A runner health dashboard: "now" a minute back, the browser's time zone. */
  static ImmutableDashboard.Builder healthDashboard(String uid, String title, TimeRange time) {
    return dashboard(uid, title)
        .tags(List.of("kubernetes", "health", "metrics", "customer_runner"))
        .time(time)
        .timepicker(healthTimePicker())
        .timezone("browser");
  }

  /** Texts for exact values: {@code valueTexts("0", "DOWN", "1", "UP")}. */
  static ValueMap valueTexts(String... valueTextPairs) {
    ImmutableValueMap.Builder b = ImmutableValueMap.builder();
    for (int i = 0; i + 1 < valueTextPairs.length; i += 2) {
      b.putOption(valueTextPairs[i], MappingResult.builder().text(valueTextPairs[i + 1]).build());
    }
    return b.build();
  }

  /** A time picker offering these auto-refresh intervals. */
  static TimePicker refreshChoices(String... intervals) {
    return TimePicker.builder().refreshIntervals(Arrays.asList(intervals)).build();
  }

  /** A range query with this legend. */
  static ImmutableTarget query(String expr, String legend) {
    return Target.of(expr).withLegendFormat(legend);
  }

  /** An instant query shaped as a table. */
  static ImmutableTarget tableQuery(String expr) {
    return Target.of(expr).withFormat(Target.Format.TABLE).withInstant(true);
  }

  static ImmutableFieldDefaults.Builder defaults() {
    return FieldDefaults.builder();
  }

  static FieldConfig fields(FieldDefaults defaults) {
    return FieldConfig.of(defaults);
  }

  /**
   * Thresholds with a base color and (value, color) steps: {@code thresholds("green", 80, "red")}.
   */
  static Thresholds thresholds(String base, Object... steps) {
    Thresholds t = Thresholds.absolute(base);
    for (int i = 0; i + 1 < steps.length; i += 2) {
      t = t.step(((Number) steps[i]).doubleValue(), (String) steps[i + 1]);
    }
    return t;
  }

  /** Grafana's default thresholds: green, red from 80. */
  static Thresholds greenRed80() {
    return thresholds("green", 80, "red");
  }

  static FieldColor color(FieldColor.Mode mode) {
    return FieldColor.of(mode);
  }

  ImmutableStatPanel.Builder stat(String title) {
    return StatPanel.builder().title(title).datasource(prometheus);
  }

  ImmutableTimeseriesPanel.Builder timeseries(String title) {
    return TimeseriesPanel.builder().title(title).datasource(prometheus);
  }

  ImmutableGaugePanel.Builder gauge(String title) {
    return GaugePanel.builder().title(title).datasource(prometheus);
  }

  ImmutableBarGaugePanel.Builder barGauge(String title) {
    return BarGaugePanel.builder().title(title).datasource(prometheus);
  }

  ImmutableTablePanel.Builder table(String title) {
    return TablePanel.builder().title(title).datasource(prometheus);
  }

  ImmutableHeatmapPanel.Builder heatmap(String title) {
    return HeatmapPanel.builder().title(title).datasource(prometheus);
  }

  ImmutableStateTimelinePanel.Builder stateTimeline(String title) {
    return StateTimelinePanel.builder().title(title).datasource(prometheus);
  }

  ImmutableGraphPanel.Builder graph(String title) {
    return GraphPanel.builder().title(title).datasource(prometheus);
  }

  ImmutableTableOldPanel.Builder tableOld(String title) {
    return TableOldPanel.builder().title(title).datasource(prometheus);
  }

  /** Stat options as Grafana saves them: last non-null value, value colored, area sparkline. */
  static ImmutableStatOptions.Builder statOptions() {
    return StatOptions.builder()
        .reduceOptions(ReduceDataOptions.calcs(Reducer.LAST_NOT_NULL))
        .orientation(Viz.Orientation.AUTO)
        .textMode(StatOptions.TextMode.AUTO)
        .colorMode(StatOptions.ColorMode.VALUE)
        .graphMode(StatOptions.GraphMode.AREA)
        .justifyMode(StatOptions.JustifyMode.AUTO)
        .wideLayout(true)
        .showPercentChange(false);
  }

  /** Gauge options as Grafana saves them: last non-null value, threshold markers, no labels. */
  static ImmutableGaugeOptions.Builder gaugeOptions() {
    return GaugeOptions.builder()
        .reduceOptions(ReduceDataOptions.calcs(Reducer.LAST_NOT_NULL))
        .orientation(Viz.Orientation.AUTO)
        .showThresholdLabels(false)
        .showThresholdMarkers(true)
        .sizing(Viz.Sizing.AUTO)
        .minVizHeight(75)
        .minVizWidth(75);
  }

  /** A legend: list or table, at the bottom, with these reducer columns. */
  static ImmutableVizLegendOptions.Builder legend(Viz.LegendDisplayMode mode, Reducer... calcs) {
    ImmutableVizLegendOptions.Builder b =
        VizLegendOptions.builder()
            .displayMode(mode)
            .placement(Viz.LegendPlacement.BOTTOM)
            .showLegend(true);
    for (Reducer r : calcs) {
      b.addCalc(r.id());
    }
    return b;
  }

  static VizTooltipOptions tooltip(Viz.TooltipMode mode, Viz.SortOrder sort) {
    return VizTooltipOptions.builder().mode(mode).sort(sort).build();
  }

  /**
   * Time series options as Grafana saves them: a list legend at the bottom, single-series tooltip.
   */
  static ImmutableTimeseriesOptions.Builder timeseriesOptions() {
    return TimeseriesOptions.builder()
        .legend(legend(Viz.LegendDisplayMode.LIST).build())
        .tooltip(tooltip(Viz.TooltipMode.SINGLE, Viz.SortOrder.NONE));
  }

  /** State timeline options as Grafana saves them: values centered and merged, rows 90% high. */
  static ImmutableStateTimelineOptions.Builder stateTimelineOptions() {
    return StateTimelineOptions.builder()
        .alignValue(StateTimelineOptions.AlignValue.CENTER)
        .legend(legend(Viz.LegendDisplayMode.LIST).build())
        .mergeValues(true)
        .rowHeight(0.9)
        .showValue(StateTimelineOptions.ShowValue.AUTO)
        .tooltip(tooltip(Viz.TooltipMode.SINGLE, Viz.SortOrder.NONE));
  }

  /** The time picker of the health dashboards: "now" one minute back, refresh from 5 minutes. */
  static TimePicker healthTimePicker() {
    return TimePicker.builder()
        .nowDelay("1m")
        .refreshIntervals(List.of("5m", "15m", "30m", "1h", "2h", "1d"))
        .build();
  }

  /** The base step of thresholds, for thresholds built step by step. */
  static ThresholdStep base(String color) {
    return ThresholdStep.base(color);
  }
}
