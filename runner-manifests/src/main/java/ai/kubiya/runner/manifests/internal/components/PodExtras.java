package ai.kubiya.runner.manifests.internal.components;

import java.util.LinkedHashMap;
import java.util.Map;

/** Pod-level extras the chart passes through from values. */
final class PodExtras {
  private PodExtras() {}

  /** A node selector as string labels. */
  static Map<String, String> nodeSelector(Map<String, Object> selector) {
    Map<String, String> out = new LinkedHashMap<>();
    selector.forEach((k, v) -> out.put(k, String.valueOf(v)));
    return out;
  }
}
