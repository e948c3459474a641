package ai.kubiya.runner.manifests.internal.components;

import ai.kubiya.runner.manifests.internal.RenderContext;
import ai.kubiya.runner.naming.RunnerNames;
import ai.kubiya.runner.naming.SubchartNames;
import java.util.LinkedHashMap;
import java.util.Map;

/** The standard labels a subchart puts on its objects, and its selector labels. */
final class SubchartLabels {
  private SubchartLabels() {}

  /** {@code helm.sh/chart}, name, instance, version, managed-by and part-of. */
  static Map<String, String> of(
      RenderContext ctx,
      SubchartNames names,
      String chart,
      String chartVersion,
      String appVersion,
      String partOf) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("helm.sh/chart", RunnerNames.chartLabel(chart, chartVersion));
    labels.put("app.kubernetes.io/name", names.name());
    labels.put("app.kubernetes.io/instance", ctx.release());
    labels.put("app.kubernetes.io/version", appVersion);
    labels.put("app.kubernetes.io/managed-by", RunnerNames.MANAGED_BY);
    labels.put("app.kubernetes.io/part-of", partOf);
    return labels;
  }

  /** {@code app.kubernetes.io/name} and {@code instance}: what the subchart's selectors match. */
  static Map<String, String> selector(RenderContext ctx, SubchartNames names) {
    Map<String, String> selector = new LinkedHashMap<>();
    selector.put("app.kubernetes.io/name", names.name());
    selector.put("app.kubernetes.io/instance", ctx.release());
    return selector;
  }
}
