package ai.kubiya.runner.naming;

import ai.kubiya.runner.model.RunnerValues;
import java.util.Locale;
import java.util.Optional;

/**
 * The parts of a runner, one vocabulary for every module: naming (the {@code
 * app.kubernetes.io/kubiya-runner-component} label), rendering (one component builder each, {@code
 * ManifestCustomizer.onlyFor(..)}), and image updates (the values path of each image tag).
 */
public enum Component {
  /** The NATS creds secrets and the registry TLS secret (Helm pre-install hooks in the chart). */
  SHARED_SECRETS("shared-secrets", null),
  /** kubiya-operator: Deployment, ServiceAccount, Role, RoleBinding. */
  KUBIYA_OPERATOR("kubiya-operator", "kubiyaOperator.image.tag"),
  /** agent-manager: Deployment, Service, ServiceAccount, Role, RoleBinding. */
  AGENT_MANAGER("agent-manager", "agentManager.image.tag"),
  /** tool-manager with its sdk-server sidecar: Deployment, Service, ServiceAccount, RBAC. */
  TOOL_MANAGER("tool-manager", "toolManager.image.tag"),
  /** The sdk-server sidecar container of tool-manager (an image of its own, no objects). */
  SDK_SERVER("sdk-server", "toolManager.sdkServer.image.tag"),
  /** The image-updater CronJob with its RBAC. */
  IMAGE_UPDATER("image-updater", "imageUpdater.image.tag"),
  /** The Alloy pipeline ConfigMap. */
  ALLOY_CONFIG("alloy-config", null),
  /** The dagger engine DaemonSet (subchart dagger-helm 0.3.0). */
  DAGGER_ENGINE("dagger-engine", null),
  /** kube-state-metrics (subchart 5.27.0). */
  KUBE_STATE_METRICS("kube-state-metrics", null),
  /** Grafana Alloy (subchart 0.10.1). */
  ALLOY("alloy", null);

  private final String label;
  private final String imageTagPath;

  Component(String label, String imageTagPath) {
    this.label = label;
    this.imageTagPath = imageTagPath;
  }

  /**
   * The component's name, e.g. {@code agent-manager}: the value of its component label (on the
   * objects of workload components), and its key in a stable-versions file.
   */
  public String label() {
    return label;
  }

  /** Whether the component runs pods of its own, under a service account of its own. */
  public boolean isWorkload() {
    return this != SHARED_SECRETS && this != ALLOY_CONFIG && this != SDK_SERVER;
  }

  /** Whether the runner's image-updater manages this component's image tag. */
  public boolean hasUpdatableImage() {
    return imageTagPath != null;
  }

  /** The values path of the component's image tag, such as {@code agentManager.image.tag}. */
  public Optional<String> imageTagPath() {
    return Optional.ofNullable(imageTagPath);
  }

  /** The component's image tag in these values, when it has an updatable image. */
  public Optional<String> imageTagIn(RunnerValues values) {
    return Optional.ofNullable(imageTag(values));
  }

  /**
   * The tag at {@link #imageTagPath}. Tests, not a lambda per constant (a fresh JVM spins a class
   * for each) nor a switch (javac adds a class for a switch over an enum).
   */
  private String imageTag(RunnerValues v) {
    if (this == KUBIYA_OPERATOR) {
      return v.kubiyaOperator().image().tag();
    }
    if (this == AGENT_MANAGER) {
      return v.agentManager().image().tag();
    }
    if (this == TOOL_MANAGER) {
      return v.toolManager().image().tag();
    }
    if (this == SDK_SERVER) {
      return v.toolManager().sdkServer().image().tag();
    }
    return this == IMAGE_UPDATER ? v.imageUpdater().image().tag() : null;
  }

  /**
   * The component with an updatable image that a stable-versions key names, written {@code
   * agent-manager}, {@code agent_manager} or {@code agentManager}.
   */
  public static Optional<Component> ofImageKey(String key) {
    String normalized =
        key.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replace('_', '-').toLowerCase(Locale.ROOT);
    for (Component component : values()) {
      if (component.hasUpdatableImage() && component.label.equals(normalized)) {
        return Optional.of(component);
      }
    }
    return Optional.empty();
  }
}
