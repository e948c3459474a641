package ai.kubiya.runner.dashboards.runner;

import ai.kubiya.runner.dashboards.model.CustomVariable;
import ai.kubiya.runner.dashboards.model.DatasourceRef;
import ai.kubiya.runner.dashboards.model.ImmutableQueryVariable;
import ai.kubiya.runner.dashboards.model.QueryVariable;
import ai.kubiya.runner.dashboards.model.VariableOption;
import ai.kubiya.runner.dashboards.model.VariableQuery;
import ai.kubiya.runner.dashboards.model.VariableSettings;

/**
 * The pickers of the runner dashboards: organization, then runner, then namespace, each read from
 * the {@code up} series of customer runners (Alloy labels every series with {@code organization},
 * {@code runner} and {@code kubiya_type="customers-runners"}).
 */
final class RunnerVariables {
  /** The selector of every series a customer runner's Alloy sends. */
  static final String CUSTOMER_RUNNERS = "kubiya_type=\"customers-runners\"";

  private RunnerVariables() {}

  /** A Prometheus label-values variable, reloaded when the dashboard loads. */
  static ImmutableQueryVariable labelValues(DatasourceRef prometheus, String name, String query) {
    return labelValues(prometheus, name, VariableQuery.Type.LABEL_VALUES, query);
  }

  /** A Prometheus variable of an editor query type, reloaded when the dashboard loads. */
  static ImmutableQueryVariable labelValues(
      DatasourceRef prometheus, String name, VariableQuery.Type type, String query) {
    return QueryVariable.builder()
        .name(name)
        .datasource(prometheus)
        .query(VariableQuery.of(type, query))
        .definition(query)
        .refresh(VariableSettings.Refresh.ON_DASHBOARD_LOAD)
        .build();
  }

  /** The organizations that run customer runners. */
  static ImmutableQueryVariable organization(DatasourceRef prometheus) {
    return labelValues(
        prometheus, "organization", "label_values(up{" + CUSTOMER_RUNNERS + "},organization)");
  }

  /** The runners of the selected organization. */
  static ImmutableQueryVariable runner(DatasourceRef prometheus) {
    return labelValues(
        prometheus,
        "runner",
        "label_values(up{" + CUSTOMER_RUNNERS + ", organization=~\"$organization\"},runner)");
  }

  /** The namespaces of the selected runner. */
  static ImmutableQueryVariable namespace(DatasourceRef prometheus) {
    return labelValues(prometheus, "namespace", namespaceQuery("runner=\"$runner\""));
  }

  /** The namespaces query, with this runner matcher. */
  static String namespaceQuery(String runnerMatcher) {
    return "label_values(up{"
        + CUSTOMER_RUNNERS
        + ", organization=~\"$organization\", "
        + runnerMatcher
        + "},namespace)";
  }

  /** The runner components, by the component label of their pods. */
  static ImmutableQueryVariable component(DatasourceRef prometheus) {
    return labelValues(
            prometheus,
            "component",
            VariableQuery.Type.CLASSIC_QUERY,
            "label_values(kube_pod_labels{"
                + CUSTOMER_RUNNERS
                + "}, label_app_kubernetes_io_kubiya_runner_component)")
        .withLabel("component")
        .withMulti(true);
  }

  /** A fixed namespace, shown as a label only: the chart installs runners into {@code kubiya}. */
  static CustomVariable fixedNamespace() {
    return CustomVariable.builder()
        .name("namespace")
        .hide(VariableSettings.Hide.LABEL)
        .query("kubiya")
        .addOption(VariableOption.of("kubiya", true))
        .build();
  }
}
