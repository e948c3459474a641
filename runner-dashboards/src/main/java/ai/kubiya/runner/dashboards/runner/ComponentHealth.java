package ai.kubiya.runner.dashboards.runner;

import ai.kubiya.runner.dashboards.health.HealthMetric;
import ai.kubiya.runner.dashboards.health.HealthTable;
import ai.kubiya.runner.dashboards.model.CustomFieldConfig;
import ai.kubiya.runner.dashboards.model.FieldColor;
import ai.kubiya.runner.dashboards.model.FieldConfig;
import ai.kubiya.runner.dashboards.model.FieldMatcher;
import ai.kubiya.runner.dashboards.model.FieldOverride;
import ai.kubiya.runner.dashboards.model.OverrideProperty;
import ai.kubiya.runner.dashboards.model.Panel;
import ai.kubiya.runner.dashboards.model.TableOptions;
import ai.kubiya.runner.dashboards.model.TableSortBy;
import ai.kubiya.runner.dashboards.model.Target;
import ai.kubiya.runner.dashboards.model.Thresholds;
import ai.kubiya.runner.dashboards.model.Transformation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The health of one runner component ({@code $component}) per 5-minute span, as the README's health
 * table measures it: pod readiness, restarts, HTTP success and health-endpoint probes. Queries and
 * value mappings shared by the by-component dashboards; the mappings come from {@link HealthTable}.
 */
final class ComponentHealth {
  private static final String SELECTOR =
      "namespace=\"$namespace\", runner=\"$runner\", organization=\"$organization\"";
  private static final String COMPONENT_PODS =
      "kube_pod_labels{"
          + SELECTOR
          + ", label_app_kubernetes_io_kubiya_runner_component=\"$component\"}";

  /** The legend of the health-endpoint probe query (its refId says more). */
  static final String SERVICE_STATUS_REF_ID = "Service Health Response Status";

  /**
   * The TBF ("to be fixed") success rate reads the tool-manager's metrics, which are still renamed.
   */
  static final String HTTP_SUCCESS_RATE_TBF = HealthMetric.HTTP_SUCCESS_RATE.title() + " (TBF)";

  private ComponentHealth() {}

  /** Share of ready pods of the component, in percent. */
  static final String POD_STATUS_READY =
      """
      (sum(
        avg_over_time(kube_pod_status_ready{%1$s, condition="true"}[5m])
        * on (pod) group_left(label_app_kubernetes_io_kubiya_runner_component)
        %2$s
      ) /
      sum(
        avg_over_time(kube_pod_status_ready{%1$s}[5m])
        * on (pod) group_left(label_app_kubernetes_io_kubiya_runner_component)
        %2$s
      )) * 100"""
          .formatted(SELECTOR, COMPONENT_PODS);

  /** Container restarts of the component's pods per 5 minutes. */
  static final String POD_RESTARTS =
      """
      sum(
        rate(kube_pod_container_status_restarts_total{%1$s}[5m])
        * on (pod) group_left(label_app_kubernetes_io_kubiya_runner_component)
        %2$s
      ) * 300"""
          .formatted(SELECTOR, COMPONENT_PODS);

  /** Share of 2xx responses of the agent-manager's requests, in percent. */
  static final String HTTP_SUCCESS_RATE =
      """
      100 * (
        sum(rate(agent_manager_http_requests_total{
          status=~"2..", runner="$runner", app="$component", namespace="$namespace", \
      organization="$organization"
        }[5m]))
        /
        sum(rate(agent_manager_http_requests_total{
          runner="$runner", app="$component", namespace="$namespace", organization="$organization"
        }[5m]))
      )""";

  /** Share of 2xx responses of the other components' requests, in percent. */
  static final String HTTP_SUCCESS_RATE_GENERIC =
      """
      100 * (
        sum(rate(response_status{
          status=~"2..", runner=~"$runner", app="$component", namespace="$namespace", \
      organization="$organization"
        }[5m]))
        /
        sum(rate(http_requests_total{
          runner="$runner", app="$component", namespace="$namespace", organization="$organization"
        }[5m]))
      )""";

  /** Share of successful health-endpoint probes, in percent. */
  static final String SERVICE_STATUS =
      """
      100 * (avg_over_time(
        probe_success{%s, app="$component"}[5m]
      ))"""
          .formatted(SELECTOR);

  /** The five health queries, each named (legend and refId) after its metric. */
  static List<Target> queries() {
    return List.of(
        named(POD_STATUS_READY, HealthMetric.POD_STATUS_READY.title()),
        named(POD_RESTARTS, HealthMetric.POD_RESTARTS.title()),
        named(HTTP_SUCCESS_RATE, HealthMetric.HTTP_SUCCESS_RATE.title()),
        named(HTTP_SUCCESS_RATE_GENERIC, HTTP_SUCCESS_RATE_TBF),
        ChartDashboard.query(SERVICE_STATUS, HealthMetric.SERVICE_STATUS.title())
            .withRefId(SERVICE_STATUS_REF_ID));
  }

  private static Target named(String expr, String name) {
    return ChartDashboard.query(expr, name).withRefId(name);
  }

  /** Per metric: its unit and the README's health states as value mappings. */
  static List<FieldOverride> overrides(HealthTable table) {
    return List.of(
        metric(table, HealthMetric.SERVICE_STATUS),
        metric(table, HealthMetric.POD_RESTARTS),
        metric(table, HealthMetric.HTTP_SUCCESS_RATE),
        FieldOverride.of(
            FieldMatcher.byName(HealthMetric.POD_STATUS_READY.title()),
            OverrideProperty.unit(HealthMetric.POD_STATUS_READY.unit()),
            OverrideProperty.thresholds(Thresholds.percentage("green")),
            OverrideProperty.mappings(table.mappings(HealthMetric.POD_STATUS_READY))),
        // The chart gives the TBF rate the Pod Status Ready bands (90/70) rather than the HTTP
        // ones.
        FieldOverride.of(
            FieldMatcher.byName(HTTP_SUCCESS_RATE_TBF),
            OverrideProperty.mappings(table.mappings(HealthMetric.POD_STATUS_READY))));
  }

  private static FieldOverride metric(HealthTable table, HealthMetric metric) {
    return FieldOverride.of(
        FieldMatcher.byName(metric.title()),
        OverrideProperty.unit(metric.unit()),
        OverrideProperty.mappings(table.mappings(metric)));
  }

  /** Container images per component across the selected runners: what version runs where. */
  static Panel componentVersions(ChartDashboard dashboard) {
    Map<String, Object> groupBy = new LinkedHashMap<>();
    groupBy.put("Time", Tables.aggregate("lastNotNull"));
    for (String field :
        List.of("container", "image", "image_spec", "namespace", "organization", "runner")) {
      groupBy.put(field, Tables.groupedBy());
    }
    groupBy.put("pod", Tables.aggregate("distinctCount", "uniqueValues"));
    return dashboard
        .table("Components Versions")
        .addTarget(
            ChartDashboard.tableQuery(
                    "kube_pod_container_info{namespace=~\"$namespace\", "
                        + "runner=~\"$runner\", organization=~\"$organization\", "
                        + RunnerVariables.CUSTOMER_RUNNERS
                        + "}")
                .withLegendFormat("{{container}}"))
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
                                "organization",
                                "pod",
                                "runner")))),
                Transformation.of("groupBy", Map.of("fields", groupBy))))
        .fieldConfig(
            FieldConfig.of(
                ChartDashboard.defaults()
                    .color(FieldColor.of(FieldColor.Mode.FIXED))
                    .custom(
                        CustomFieldConfig.builder()
                            .align("auto")
                            .filterable(true)
                            .inspect(true)
                            .build())
                    .thresholds(Thresholds.absolute("green"))
                    .build(),
                Tables.columns(
                    "image",
                    614,
                    "version (container image)",
                    "namespace",
                    142,
                    null,
                    "container",
                    221,
                    null,
                    "pod (distinctCount)",
                    60,
                    "# pods",
                    "pod (uniqueValues)",
                    20,
                    "pod names",
                    "# of pods running this image",
                    315,
                    null,
                    "# of pods (running this image version)",
                    289,
                    null,
                    "all pod names (running this image version)",
                    1396,
                    null,
                    "pod names",
                    1225,
                    null,
                    "# pods",
                    103,
                    null,
                    "image_spec",
                    448,
                    null,
                    "image_id",
                    233,
                    null,
                    "version (container image)",
                    463,
                    null)))
        .options(
            TableOptions.builder()
                .showHeader(true)
                .cellHeight(TableOptions.CellHeight.SMALL)
                .footer(Tables.footer().enablePagination(true).build())
                .frameIndex(0)
                .addSortBy(TableSortBy.of("runner", false))
                .build())
        .build();
  }
}
