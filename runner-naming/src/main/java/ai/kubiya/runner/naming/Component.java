package ai.kubiya.runner.naming;

/** The runner's components, with the value of their {@code app.kubernetes.io/kubiya-runner-component} label. */
public enum Component {
  /** kubiya-operator. */
  KUBIYA_OPERATOR("kubiya-operator"),
  /** agent-manager. */
  AGENT_MANAGER("agent-manager"),
  /** tool-manager, with its sdk-server sidecar. */
  TOOL_MANAGER("tool-manager"),
  /** The image-updater CronJob. */
  IMAGE_UPDATER("image-updater"),
  /** The dagger engine DaemonSet. */
  DAGGER_ENGINE("dagger-engine"),
  /** Grafana Alloy. */
  ALLOY("alloy"),
  /** kube-state-metrics. */
  KUBE_STATE_METRICS("kube-state-metrics");

  private final String label;

  Component(String label) {
    this.label = label;
  }

  /** The component label value, e.g. {@code agent-manager}. */
  public String label() {
    return label;
  }
}
