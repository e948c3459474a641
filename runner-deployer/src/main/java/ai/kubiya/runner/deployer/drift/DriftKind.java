package ai.kubiya.runner.deployer.drift;

/** The kinds of drift. */
public enum DriftKind {
  /** An object of the deployed revision is not on the cluster. */
  MISSING("missing"),
  /** Fields the SDK sets differ on the live object. */
  CHANGED("changed"),
  /** An object carries the release's labels but the deployed revision no longer renders it. */
  LEFT_BEHIND("left-behind"),
  /** An object of the deployed revision is there but its release labels were removed or changed. */
  OWNERSHIP_REMOVED("ownership-removed");

  private final String label;

  DriftKind(String label) {
    this.label = label;
  }

  /** The lower-case label used in tables and JSON. */
  public String label() {
    return label;
  }
}
