package ai.kubiya.runner.dashboards.runner;

import static ai.kubiya.runner.dashboards.layout.Grid.cell;

import ai.kubiya.runner.dashboards.health.HealthTable;
import ai.kubiya.runner.dashboards.layout.Grid;
import ai.kubiya.runner.dashboards.model.CustomFieldConfig;
import ai.kubiya.runner.dashboards.model.Dashboard;
import ai.kubiya.runner.dashboards.model.DatasourceRef;
import ai.kubiya.runner.dashboards.model.FieldColor;
import ai.kubiya.runner.dashboards.model.FieldConfig;
import ai.kubiya.runner.dashboards.model.FieldOverride;
import ai.kubiya.runner.dashboards.model.GenericPanel;
import ai.kubiya.runner.dashboards.model.Panel;
import ai.kubiya.runner.dashboards.model.RefreshInterval;
import ai.kubiya.runner.dashboards.model.RowPanel;
import ai.kubiya.runner.dashboards.model.TimeRange;
import ai.kubiya.runner.dashboards.model.Viz;

/**
 * Runner Health Overview (By Components): per selected runner a row, per component a state timeline
 * of its health by the README's table; then the component versions.
 */
final class RunnerHealthByComponents extends ChartDashboard {
  /** The chart's library panel listing the Helm charts installed per runner. */
  static final String HELM_CHARTS_LIBRARY_PANEL = "cean4ucxlidxcb";

  RunnerHealthByComponents(DatasourceRef prometheus) {
    super(prometheus);
  }

  @Override
  public String fileName() {
    return "customer-runners-runner-health-overview-by-components";
  }

  @Override
  public Dashboard build() {
    return healthDashboard(
            "runner-health-detail4",
            "Customer Runners / Runner Health Overview (By Components)",
            TimeRange.of("now-24h", "now-1m"))
        .refresh(RefreshInterval.every(""))
        .templating(AllRunnersState.byComponentVariables(prometheus))
        .panels(
            Grid.create()
                .row(RunnerRow.perRunner())
                .line(6, cell(24 / 5.0, componentHealth()))
                .reserve(7)
                .row(RowPanel.of("Component Versions"))
                .line(4, cell(24, helmChartsInstalled()))
                .line(15, cell(24, ComponentHealth.componentVersions(this)))
                .panels())
        .build();
  }

  /** The library panel of installed Helm charts. */
  static Panel helmChartsInstalled() {
    return GenericPanel.library(HELM_CHARTS_LIBRARY_PANEL, "Helm Chart Versions Installed");
  }

  private Panel componentHealth() {
    return stateTimeline("$component")
        .description("")
        .repeat("component")
        .repeatDirection(Viz.RepeatDirection.HORIZONTAL)
        .maxPerRow(6)
        .transparent(true)
        .targets(ComponentHealth.queries())
        .fieldConfig(
            FieldConfig.of(
                defaults()
                    .unit("percent")
                    .fieldMinMax(false)
                    .color(FieldColor.of(FieldColor.Mode.SHADES))
                    .custom(
                        CustomFieldConfig.builder()
                            .fillOpacity(69)
                            .lineWidth(0)
                            .spanNulls(true)
                            .build())
                    .thresholds(thresholds("green"))
                    .build(),
                ComponentHealth.overrides(HealthTable.readme()).toArray(new FieldOverride[0])))
        .options(
            stateTimelineOptions()
                .rowHeight(0.87)
                .legend(legend(Viz.LegendDisplayMode.LIST).showLegend(false).build())
                .tooltip(
                    ai.kubiya.runner.dashboards.model.VizTooltipOptions.builder()
                        .mode(Viz.TooltipMode.SINGLE)
                        .sort(Viz.SortOrder.NONE)
                        .maxHeight(100)
                        .maxWidth(5)
                        .build())
                .build())
        .build();
  }
}
