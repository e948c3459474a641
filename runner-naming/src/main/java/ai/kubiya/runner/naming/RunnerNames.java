package ai.kubiya.runner.naming;

import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.RunnerValues;
import ai.kubiya.runner.model.ServiceAccountValues;
import ai.kubiya.runner.model.template.ChartInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names and labels chart 0.6.2 gives a runner's objects, from its release name and overrides.
 *
 * <ul>
 *   <li>{@link #name()}: {@code runnerNameOverride}, else {@code nameOverride}, else the chart
 *       name;
 *   <li>{@link #fullname()}: {@code runnerNameOverride}, else {@code fullnameOverride}, else the
 *       release name when it contains the name, else {@code <release>-<name>};
 *   <li>{@link #runnerName()}: {@code runnerNameOverride}, else the release name (what the NATS JWT
 *       must carry).
 * </ul>
 *
 * All are truncated to 63 characters with a trailing {@code -} removed, as the chart does.
 *
 * <pre>{@code
 * RunnerNames names = RunnerNames.of(config);
 * names.fullname();                                   // "demo-kubiya-runner"
 * names.serviceAccount(Component.AGENT_MANAGER);      // "kubiya-runner-agent-manager"
 * names.componentLabels(Component.TOOL_MANAGER);      // common labels + component label
 * }</pre>
 */
public final class RunnerNames {
  /** The label key naming a runner component. */
  public static final String COMPONENT_LABEL = "app.kubernetes.io/kubiya-runner-component";

  /** The value of {@code app.kubernetes.io/managed-by} on objects this SDK renders. */
  public static final String MANAGED_BY = "kubiya-runner-sdk";

  private final String release;
  private final RunnerValues values;
  private final String name;
  private final String fullname;

  private RunnerNames(String release, RunnerValues values) {
    this.release = release;
    this.values = values;
    String runnerOverride = values.runnerNameOverride();
    this.name =
        HelmNames.truncate(
            HelmNames.orDefault(
                runnerOverride, HelmNames.orDefault(values.nameOverride(), ChartInfo.NAME)));
    this.fullname =
        runnerOverride.isEmpty()
            ? HelmNames.fullname(
                release,
                HelmNames.orDefault(values.nameOverride(), ChartInfo.NAME),
                values.fullnameOverride())
            : HelmNames.truncate(runnerOverride);
  }

  /** The names of this config. */
  public static RunnerNames of(RunnerConfig config) {
    return new RunnerNames(config.release(), config.values());
  }

  /** The names of a release with these values. */
  public static RunnerNames of(String release, RunnerValues values) {
    return new RunnerNames(release, values);
  }

  /** The Helm release name the names derive from. */
  public String release() {
    return release;
  }

  /** The chart's {@code name} helper. */
  public String name() {
    return name;
  }

  /** The chart's {@code fullname} helper. */
  public String fullname() {
    return fullname;
  }

  /** The runner's name: {@code runnerNameOverride}, else the release name. */
  public String runnerName() {
    return HelmNames.truncate(HelmNames.orDefault(values.runnerNameOverride(), release));
  }

  /** The {@code helm.sh/chart} label: {@code kubiya-runner-0.6.2}. */
  public String chartLabel() {
    return chartLabel(ChartInfo.NAME, ChartInfo.VERSION);
  }

  /**
   * A {@code helm.sh/chart} label value: {@code <chart>-<version>}, {@code +} replaced by {@code
   * _}, truncated.
   */
  public static String chartLabel(String chart, String version) {
    return HelmNames.truncate((chart + "-" + version).replace('+', '_'));
  }

  /** Selector labels: {@code app.kubernetes.io/name} (the fullname) and {@code instance}. */
  public Map<String, String> selectorLabels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("app.kubernetes.io/name", fullname);
    labels.put("app.kubernetes.io/instance", release);
    return labels;
  }

  /** The common labels of every runner object. */
  public Map<String, String> commonLabels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("helm.sh/chart", chartLabel());
    labels.put("app.kubernetes.io/managed-by", MANAGED_BY);
    labels.putAll(selectorLabels());
    labels.put("app.kubernetes.io/version", ChartInfo.APP_VERSION);
    labels.put("app.kubernetes.io/part-of", fullname);
    return labels;
  }

  /** Common labels plus the component label with this value. */
  public Map<String, String> componentLabels(String componentValue) {
    Map<String, String> labels = commonLabels();
    labels.put(COMPONENT_LABEL, componentValue);
    return labels;
  }

  /** Common labels plus the component's label. */
  public Map<String, String> componentLabels(Component component) {
    return componentLabels(component.label());
  }

  /** Selector labels plus the component's label. */
  public Map<String, String> componentSelectorLabels(Component component) {
    Map<String, String> labels = selectorLabels();
    labels.put(COMPONENT_LABEL, component.label());
    return labels;
  }

  /**
   * The service account a component runs as: when the chart creates it, its configured name or
   * {@code <name>-<suffix>}; otherwise its configured name or {@code default}.
   */
  public String serviceAccount(Component component) {
    switch (component) {
      case KUBIYA_OPERATOR:
        return serviceAccount(values.kubiyaOperator().serviceAccount(), "operator");
      case AGENT_MANAGER:
        return serviceAccount(values.agentManager().serviceAccount(), "agent-manager");
      case TOOL_MANAGER:
        return serviceAccount(values.toolManager().serviceAccount(), "tool-manager");
      case IMAGE_UPDATER:
        return serviceAccount(values.imageUpdater().serviceAccount(), "image-updater");
      case DAGGER_ENGINE:
        return daggerServiceAccount();
      case ALLOY:
        return alloy().fullname();
      case KUBE_STATE_METRICS:
        return kubeStateMetrics().fullname();
      default:
        throw new IllegalArgumentException(component.name());
    }
  }

  /**
   * As dagger-helm's {@code dagger.serviceAccountName}: the subchart's fullname when it creates its
   * service account, else {@code engine.existingServiceAccount.name}, else {@code default}.
   */
  private String daggerServiceAccount() {
    if (values.dagger().engine().newServiceAccount().create()) {
      return dagger().fullname();
    }
    Object existing = values.dagger().engine().extras().get("existingServiceAccount");
    Object name = existing instanceof Map ? ((Map<?, ?>) existing).get("name") : null;
    return name == null || String.valueOf(name).isEmpty() ? "default" : String.valueOf(name);
  }

  /** The service accounts of every workload component, by component label. */
  public Map<String, String> serviceAccounts() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Component c : Component.values()) {
      if (c.isWorkload()) {
        out.put(c.label(), serviceAccount(c));
      }
    }
    return out;
  }

  private String serviceAccount(ServiceAccountValues sa, String suffix) {
    return sa.create()
        ? HelmNames.orDefault(sa.name(), name + "-" + suffix)
        : HelmNames.orDefault(sa.name(), "default");
  }

  /** The dagger subchart's names (alias {@code dagger}). */
  public SubchartNames dagger() {
    return SubchartNames.of(release, "dagger", values.dagger().extras());
  }

  /** The kube-state-metrics subchart's names (alias {@code kubestatemetrics}). */
  public SubchartNames kubeStateMetrics() {
    return SubchartNames.of(release, "kubestatemetrics", values.kubestatemetrics().extras());
  }

  /** The Alloy subchart's names (alias {@code alloy}). */
  public SubchartNames alloy() {
    return SubchartNames.of(release, "alloy", values.alloy().extras());
  }
}
