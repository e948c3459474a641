package ai.kubiya.runner.manifests.internal.components;

import java.util.LinkedHashMap;
import java.util.Map;

/** Pod-level extras the chart passes through from values. */
final class PodExtras {
  private PodExtras() {}

  /** A node selector as string labels. */
  static Map<String, String> nodeSelector(Map<String, Object> selector) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : selector.entrySet()) {
      out.put(e.getKey(), String.valueOf(e.getValue()));
    }
    return out;
  }
}
