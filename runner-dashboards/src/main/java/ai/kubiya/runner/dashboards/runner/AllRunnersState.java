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
import ai.kubiya.runner.dashboards.model.Panel;
import ai.kubiya.runner.dashboards.model.RefreshInterval;
import ai.kubiya.runner.dashboards.model.RowPanel;
import ai.kubiya.runner.dashboards.model.StatOptions;
import ai.kubiya.runner.dashboards.model.TableOptions;
import ai.kubiya.runner.dashboards.model.Templating;
import ai.kubiya.runner.dashboards.model.TimeRange;
import ai.kubiya.runner.dashboards.model.Transformation;
import ai.kubiya.runner.dashboards.model.VariableSettings;
import ai.kubiya.runner.dashboards.model.Viz;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * [Under Dev] All Runners State: per selected runner a row, per component a stat of its health by
 * the README's table; then the component versions and Helm charts installed.
 */
final class AllRunnersState extends ChartDashboard {
  AllRunnersState(DatasourceRef prometheus) {
    super(prometheus);
  }

  @Override
  public String fileName() {
    return "under-dev-customer-runners-all-runners-state";
  }

  @Override
  public Dashboard build() {
    return dashboard("bea2idbz3hh4wf", "[Under Dev] Customer Runners / All Runners State")
        .tags(List.of("wip", "not_ready", "runners"))
        .time(TimeRange.of("now-24h", "now-1m"))
        .refresh(RefreshInterval.every(""))
        .timepicker(healthTimePicker())
        .timezone("browser")
        .templating(byComponentVariables(prometheus))
        .panels(
            Grid.create()
                .row(RunnerRow.perRunner())
                .line(4, cell(24 / 5.0, componentHealth()))
                .reserve(5)
                .row(RowPanel.of("Component Versions"))
                .line(21, cell(24, ComponentHealth.componentVersions(this)))
                .line(5, cell(24, helmCharts()))
                .panels())
        .build();
  }

  /**
   * Organization, several runners, a hidden namespace picker, the components, the fixed namespace.
   */
  static Templating byComponentVariables(DatasourceRef prometheus) {
    return Templating.of(
        RunnerVariables.organization(prometheus),
        RunnerVariables.runner(prometheus).withMulti(true),
        RunnerVariables.namespace(prometheus)
            .withName("namespaceSelector")
            .withHide(VariableSettings.Hide.VARIABLE),
        RunnerVariables.component(prometheus),
        RunnerVariables.fixedNamespace());
  }

  private Panel componentHealth() {
    List<FieldOverride> overrides = ComponentHealth.overrides(HealthTable.readme());
    return stat("$component")
        .description("")
        .repeat("component")
        .repeatDirection(Viz.RepeatDirection.HORIZONTAL)
        .maxPerRow(8)
        .transparent(true)
        .targets(ComponentHealth.queries())
        .addTransformation(
            Transformation.of("joinByField", Map.of("byField", "Value", "mode", "outer")))
        .fieldConfig(
            FieldConfig.of(
                defaults()
                    .unit("string")
                    .noValue("NO DATA")
                    .fieldMinMax(false)
                    .color(FieldColor.of(FieldColor.Mode.THRESHOLDS))
                    .thresholds(thresholds("green"))
                    .build(),
                overrides.toArray(new FieldOverride[0])))
        .options(statOptions().graphMode(StatOptions.GraphMode.NONE).build())
        .build();
  }

  private Panel helmCharts() {
    Map<String, Object> groupBy = new LinkedHashMap<>();
    groupBy.put("Value", Map.of("aggregations", List.of("uniqueValues")));
    groupBy.put("created_by_name", Tables.groupedBy());
    groupBy.put("label_helm_sh_chart", Tables.aggregate("uniqueValues"));
    groupBy.put("namespace", Tables.aggregate("uniqueValues"));
    groupBy.put("organization", Tables.groupedBy());
    groupBy.put("runner", Map.of("aggregations", List.of("uniqueValues"), "operation", "groupby"));
    return table("Helm Chart Versions Installed")
        .addTarget(
            query(
                    "kube_pod_info{namespace=~\"$namespace\", runner=~\"$runner\", "
                        + "organization=~\"$organization\"}"
                        + " * on(pod) group_left(label_helm_sh_chart) "
                        + "kube_pod_labels{label_helm_sh_chart!=\"\"}",
                    "__auto")
                .withFormat(ai.kubiya.runner.dashboards.model.Target.Format.TABLE))
        .transformations(
            List.of(
                Transformation.of(
                    "filterFieldsByName",
                    Map.of(
                        "include",
                        Map.of("names", List.of("label_helm_sh_chart", "organization", "runner")))),
                Transformation.of("groupBy", Map.of("fields", groupBy))))
        .fieldConfig(
            FieldConfig.of(
                defaults()
                    .color(FieldColor.of(FieldColor.Mode.THRESHOLDS))
                    .custom(CustomFieldConfig.builder().align("auto").inspect(false).build())
                    .thresholds(greenRed80())
                    .build(),
                Tables.columns(
                    "label_app_kubernetes_io_name",
                    386,
                    null,
                    "organization",
                    195,
                    null,
                    "runner",
                    158,
                    null,
                    "label_helm_sh_chart (uniqueValues)",
                    616,
                    "Helm Charts Installed",
                    "Helm Charts Installed",
                    1878,
                    null)))
        .options(
            TableOptions.builder()
                .showHeader(true)
                .cellHeight(TableOptions.CellHeight.SMALL)
                .footer(Tables.footer().build())
                .build())
        .build();
  }
}
