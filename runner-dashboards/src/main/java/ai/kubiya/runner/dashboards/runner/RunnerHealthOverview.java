package ai.kubiya.runner.dashboards.runner;

import static ai.kubiya.runner.dashboards.layout.Grid.cell;

import ai.kubiya.runner.dashboards.health.HealthMetric;
import ai.kubiya.runner.dashboards.health.HealthState;
import ai.kubiya.runner.dashboards.health.HealthTable;
import ai.kubiya.runner.dashboards.layout.Grid;
import ai.kubiya.runner.dashboards.model.CustomFieldConfig;
import ai.kubiya.runner.dashboards.model.Dashboard;
import ai.kubiya.runner.dashboards.model.DatasourceRef;
import ai.kubiya.runner.dashboards.model.FieldColor;
import ai.kubiya.runner.dashboards.model.FieldConfig;
import ai.kubiya.runner.dashboards.model.ImmutableFieldColor;
import ai.kubiya.runner.dashboards.model.ImmutableMappingResult;
import ai.kubiya.runner.dashboards.model.ImmutableValueMap;
import ai.kubiya.runner.dashboards.model.MappingResult;
import ai.kubiya.runner.dashboards.model.Panel;
import ai.kubiya.runner.dashboards.model.RangeMap;
import ai.kubiya.runner.dashboards.model.RefreshInterval;
import ai.kubiya.runner.dashboards.model.StateTimelineOptions;
import ai.kubiya.runner.dashboards.model.TableOptions;
import ai.kubiya.runner.dashboards.model.TableSortBy;
import ai.kubiya.runner.dashboards.model.Templating;
import ai.kubiya.runner.dashboards.model.TimeRange;
import ai.kubiya.runner.dashboards.model.Transformation;
import ai.kubiya.runner.dashboards.model.ValueMapping;
import ai.kubiya.runner.dashboards.model.Viz;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runner Health Overview: the health of one runner's components over time (pods ready, container
 * restarts, health-endpoint probes, HTTP success), and the versions they run.
 */
final class RunnerHealthOverview extends ChartDashboard {
  private static final String RUNNER = "namespace=\"$namespace\", runner=\"$runner\"";
  private static final String COMPONENT_LABEL = "label_app_kubernetes_io_kubiya_runner_component";

  RunnerHealthOverview(DatasourceRef prometheus) {
    super(prometheus);
  }

  @Override
  public String fileName() {
    return "customer-runners-runner-health-overview";
  }

  @Override
  public Dashboard build() {
    return healthDashboard(
            "k8s-app-health-dashboard",
            "Customer Runners / Runner Health Overview",
            TimeRange.of("now-3h", "now-1m"))
        .refresh(RefreshInterval.every("5m"))
        .templating(
            Templating.of(
                RunnerVariables.organization(prometheus),
                RunnerVariables.runner(prometheus),
                RunnerVariables.namespace(prometheus)))
        .panels(
            Grid.create()
                .line(13, cell(12, podsReady()), cell(12, restarts()))
                .line(9, cell(12, healthProbes()), cell(12, httpSuccess()))
                .line(4, cell(24, RunnerHealthByComponents.helmChartsInstalled()))
                .line(10, cell(24, componentVersions()))
                .panels())
        .build();
  }

  /** A state-timeline mapping result: a text, with a color unless {@code color} is null. */
  private static MappingResult result(String text, String color, int index) {
    ImmutableMappingResult.Builder b = MappingResult.builder().text(text).index(index);
    return (color == null ? b : b.color(color)).build();
  }

  private Panel podsReady() {
    String expr =
        """
        (
          sum by (%2$s) (
            kube_pod_status_ready{%1$s, condition="true"}
            * on (pod) group_left(%2$s)
            (
              kube_pod_labels{%1$s}
              and on (pod) kube_pod_labels{%2$s!=""}
            )
          )
        )
        /
        (
          count by (%2$s) (
            kube_pod_labels{%1$s, %2$s!=""}
          )
        )"""
            .formatted(RUNNER, COMPONENT_LABEL);
    return stateTimeline("Components Pods Ready")
        .addTarget(query(expr, "{{label_name}}"))
        .fieldConfig(
            fields(
                defaults()
                    .min(0.0)
                    .max(1.0)
                    .color(FieldColor.of(FieldColor.Mode.CONTINUOUS_GR_YL_RD))
                    .custom(CustomFieldConfig.builder().fillOpacity(70).lineWidth(0).build())
                    .mappings(
                        ValueMapping.indexed(
                            List.of(
                                ValueMapping.range(
                                    0.8,
                                    1,
                                    HealthState.HEALTHY.text(),
                                    HealthState.HEALTHY.color()),
                                ValueMapping.range(0.5, 0.8, HealthState.DEGRADED.text(), "yellow"),
                                ValueMapping.range(
                                    0, 0.59, HealthState.DOWN.text(), HealthState.DOWN.color()))))
                    .thresholds(thresholds("red", 0.5, "yellow", 0.8, "green"))
                    .build()))
        .options(stateTimelineOptions().legend(legend(Viz.LegendDisplayMode.TABLE).build()).build())
        .build();
  }

  private Panel restarts() {
    String expr =
        """
        sum by (%2$s) (
          rate(kube_pod_container_status_restarts_total{%1$s}[5m])
          * on(pod) group_left(%2$s)
          kube_pod_labels{%1$s, %2$s!=""}
        ) * 300 # Multiply by 300 (seconds in 5m) to show actual restart count"""
            .formatted(RUNNER, COMPONENT_LABEL);
    return stateTimeline("Component Pod’s Containers Restarts [per 5m]")
        .description("")
        .addTarget(query(expr, "__auto").withInterval("5m").withRefId("B"))
        .fieldConfig(
            fields(
                defaults()
                    .unit("none")
                    .fieldMinMax(true)
                    .color(
                        ImmutableFieldColor.builder()
                            .mode(FieldColor.Mode.CONTINUOUS_GR_YL_RD)
                            .fixedColor("transparent")
                            .build())
                    .custom(CustomFieldConfig.builder().fillOpacity(75).build())
                    .addMapping(
                        ImmutableValueMap.builder()
                            .putOption("0", result(HealthState.HEALTHY.text(), null, 0))
                            .build())
                    .addMapping(RangeMap.of(0, 10000, result(HealthState.DOWN.text(), null, 1)))
                    .thresholds(thresholds("green", 1, "#EAB839", 5, "light-red", 15, "red"))
                    .build()))
        .options(stateTimelineOptions().showValue(StateTimelineOptions.ShowValue.ALWAYS).build())
        .build();
  }

  private Panel healthProbes() {
    String probes =
        "avg_over_time(probe_success{" + RUNNER + ", exporter=\"blackbox-exporter\"}[5m])";
    String expr =
        """
        label_replace((%1$s == 1) * 1, "state", "Healthy", "", "")
        or label_replace((%1$s == 0) * 1, "state", "Critical", "", "")"""
            .formatted(probes);
    return stateTimeline("Services Health Endpoint Probe [per 5m]")
        .description("")
        .addTarget(query(expr, "{{app}}").withInterval("5m"))
        .fieldConfig(
            fields(
                defaults()
                    .unit("none")
                    .fieldMinMax(true)
                    .min(38.0)
                    .color(FieldColor.of(FieldColor.Mode.CONTINUOUS_GR_YL_RD))
                    .custom(CustomFieldConfig.builder().fillOpacity(75).build())
                    .addMapping(
                        ImmutableValueMap.builder()
                            .putOption(
                                "0", result(HealthState.DOWN.text(), HealthState.DOWN.color(), 0))
                            .putOption(
                                "1",
                                result(HealthState.HEALTHY.text(), HealthState.HEALTHY.color(), 1))
                            .build())
                    .thresholds(thresholds("green", 0, "red"))
                    .build()))
        .options(stateTimelineOptions().showValue(StateTimelineOptions.ShowValue.ALWAYS).build())
        .build();
  }

  private Panel httpSuccess() {
    String toolManager =
        """
        100 * (
          sum(rate(response_status{status=~"2..", runner="$runner", app="tool-manager", \
        namespace="$namespace", organization="$organization"}[5m]))
          /
          sum(rate(http_requests_total{runner="$runner", app="tool-manager", \
        namespace="$namespace", organization="$organization"}[5m]))
        )""";
    String agentManager =
        """
        100 * (
          sum(rate(agent_manager_http_requests_total{status=~"2..", runner="$runner", \
        namespace="$namespace", organization="$organization"}[5m]))
          /
          sum(rate(agent_manager_http_requests_total{runner="$runner", \
        namespace="$namespace", organization="$organization"}[5m]))
        )""";
    return stateTimeline("HTTP Requests Success")
        .description("")
        // The chart labels both series "agent-manager", although the first reads the tool-manager.
        .addTarget(query(toolManager, "agent-manager").withInterval("5m"))
        .addTarget(query(agentManager, "agent-manager"))
        .fieldConfig(
            fields(
                defaults()
                    .unit("percent")
                    .decimals(0)
                    .min(0.0)
                    .max(100.0)
                    .fieldMinMax(false)
                    .noValue("No Data")
                    .color(FieldColor.of(FieldColor.Mode.THRESHOLDS))
                    .custom(CustomFieldConfig.builder().fillOpacity(75).build())
                    .mappings(HealthTable.readme().mappings(HealthMetric.HTTP_SUCCESS_RATE))
                    .thresholds(
                        thresholds("green", 80, "red", 94, "orange", 95, "yellow", 100, "green"))
                    .build()))
        .options(
            stateTimelineOptions()
                .legend(legend(Viz.LegendDisplayMode.LIST).showLegend(false).build())
                .build())
        .build();
  }

  private Panel componentVersions() {
    String selector =
        "namespace=~\"$namespace\", runner=\"$runner\", organization=\"$organization\", "
            + RunnerVariables.CUSTOMER_RUNNERS;
    Map<String, Object> groupBy = new LinkedHashMap<>();
    for (String field : List.of("container", "image", "namespace")) {
      groupBy.put(field, Tables.groupedBy());
    }
    groupBy.put("pod", Tables.aggregate("distinctCount", "uniqueValues"));
    return table("Components Versions")
        .addTarget(
            tableQuery("kube_pod_container_info{" + selector + "}")
                .withLegendFormat("{{container}}"))
        .addTarget(
            tableQuery("kube_pod_labels{" + selector + "}")
                .withLegendFormat("__auto")
                .withHide(true))
        .transformations(
            List.of(
                Transformation.of(
                    "filterFieldsByName",
                    Map.of(
                        "include",
                        Map.of(
                            "names",
                            List.of(
                                "container",
                                "image",
                                "namespace",
                                "pod",
                                "label_app_kubernetes_io_instance",
                                "label_app_kubernetes_io_kubiya_runner_component",
                                "label_app_kubernetes_io_name",
                                "label_pod_template_hash",
                                "label_app_kubernetes_io_managed_by",
                                "label_app_kubernetes_io_part_of",
                                "label_app_kubernetes_io_version",
                                "label_helm_sh_chart",
                                "label_controller_revision_hash",
                                "label_name",
                                "label_pod_template_generation",
                                "label_app_kubernetes_io_component",
                                "label_run")))),
                Transformation.of("groupBy", Map.of("fields", groupBy))))
        .fieldConfig(
            FieldConfig.of(
                defaults()
                    .color(FieldColor.of(FieldColor.Mode.FIXED))
                    .custom(
                        CustomFieldConfig.builder()
                            .align("auto")
                            .filterable(true)
                            .inspect(true)
                            .build())
                    .thresholds(thresholds("green"))
                    .build(),
                Tables.columns(
                    "image",
                    614,
                    "version (container image)",
                    "namespace",
                    214,
                    null,
                    "container",
                    221,
                    null,
                    "pod (distinctCount)",
                    60,
                    "# of pods (running this image version)",
                    "pod (uniqueValues)",
                    20,
                    "all pod names (running this image version)",
                    "# of pods running this image",
                    315,
                    null,
                    "# of pods (running this image version)",
                    289,
                    null,
                    "all pod names (running this image version)",
                    1396,
                    null)))
        .options(
            TableOptions.builder()
                .showHeader(true)
                .cellHeight(TableOptions.CellHeight.SMALL)
                .footer(Tables.footer().build())
                .addSortBy(TableSortBy.of("container", false))
                .build())
        .build();
  }
}
