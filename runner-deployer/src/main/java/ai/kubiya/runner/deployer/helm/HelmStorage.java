package ai.kubiya.runner.deployer.helm;

/** Where Helm keeps a release record: its storage driver. */
public enum HelmStorage {
  /** The default driver: one Secret of type {@code helm.sh/release.v1} per revision. */
  SECRETS("Secret"),
  /** The ConfigMap driver ({@code HELM_DRIVER=configmap}): one ConfigMap per revision. */
  CONFIG_MAPS("ConfigMap");

  private final String kind;

  HelmStorage(String kind) {
    this.kind = kind;
  }

  /** The kind of the record objects. */
  public String kind() {
    return kind;
  }
}
