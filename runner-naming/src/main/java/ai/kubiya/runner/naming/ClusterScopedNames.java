package ai.kubiya.runner.naming;

import ai.kubiya.runner.model.template.Sha256Sum;

/**
 * How cluster-scoped objects (ClusterRoles, ClusterRoleBindings) are named.
 *
 * <p>Chart 0.6.2 names some of them without the release or namespace ({@code
 * kubiya-runner-tool-manager-cluster-pvc-access}, {@code kubiya-runner-image-updater-clusterrole}
 * and their bindings), and the subcharts name theirs after the release only, so one cluster hosts
 * one runner. {@link #RELEASE} gives every cluster-scoped object a name of its own per release and
 * namespace, so several runners (one per tenant namespace, say) can share a cluster.
 *
 * <pre>{@code
 * RunnerNames names = RunnerNames.of(config);      // release "demo"
 * ClusterScopedNames.CHART.name("kubiya-runner-image-updater-clusterrole", names, "team-a");
 * // "kubiya-runner-image-updater-clusterrole"
 * ClusterScopedNames.RELEASE.name("kubiya-runner-image-updater-clusterrole", names, "team-a");
 * // "demo-kubiya-runner-team-a-image-updater-clusterrole"
 * ClusterScopedNames.RELEASE.name("demo-alloy", names, "team-a");
 * // "demo-kubiya-runner-team-a-demo-alloy"
 * }</pre>
 */
public enum ClusterScopedNames {
  /** Chart 0.6.2's names, unchanged (the default): one runner per cluster. */
  CHART,
  /**
   * {@code <fullname>-<namespace>-<chart name>}, the chart name without a leading {@code
   * kubiya-runner-} (the chart's {@code name}) when it has one; when that is longer than 63
   * characters, its first 54 characters (a trailing {@code -} removed), {@code -} and the first 8
   * hex digits of the SHA-256 of {@code <fullname>/<namespace>/<chart name>}. A function of these
   * three only, so a release keeps its names across upgrades.
   */
  RELEASE;

  private static final int HASH_CHARS = 8;

  /**
   * The name of a cluster-scoped object.
   *
   * @param chartName the name chart 0.6.2 gives the object
   * @param names the runner's names (for the fullname and the chart name prefix)
   * @param namespace the release's namespace
   */
  public String name(String chartName, RunnerNames names, String namespace) {
    if (this == CHART) {
      return chartName;
    }
    String prefix = names.name() + "-";
    String component =
        chartName.startsWith(prefix) ? chartName.substring(prefix.length()) : chartName;
    return releaseName(component, chartName, names.fullname(), namespace);
  }

  private static String releaseName(
      String component, String chartName, String fullname, String namespace) {
    String joined = fullname + "-" + namespace + "-" + component;
    if (joined.length() <= HelmNames.MAX_NAME) {
      return joined;
    }
    String head = joined.substring(0, HelmNames.MAX_NAME - HASH_CHARS - 1);
    while (head.endsWith("-")) {
      head = head.substring(0, head.length() - 1);
    }
    return head
        + "-"
        + Sha256Sum.of(fullname + "/" + namespace + "/" + chartName).substring(0, HASH_CHARS);
  }
}
