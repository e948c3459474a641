package ai.kubiya.runner.model.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helm's way of layering values: maps merge deeply, lists and scalars replace, and an explicit
 * {@code null} removes the key (so the chart sees it as unset). Inputs are never modified.
 *
 * <p>Helm first {@linkplain #layer layers} the user's values files over each other (a {@code null}
 * is kept, as a value), applies {@code --set} to that, and then {@linkplain #merge merges} the
 * result over the chart's defaults (where a {@code null} removes the key).
 */
public final class HelmMerge {
  private HelmMerge() {}

  /** {@code overlay} applied over {@code base}; a new tree. */
  public static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> overlay) {
    Map<String, Object> out = deepCopy(base);
    apply(out, overlay);
    return out;
  }

  /**
   * {@code overlay} layered over {@code base} as Helm layers {@code -f} files: maps merge deeply,
   * anything else (lists, scalars, {@code null}) replaces; a new tree.
   */
  public static Map<String, Object> layer(Map<String, Object> base, Map<String, Object> overlay) {
    Map<String, Object> out = deepCopy(base);
    layerInto(out, overlay);
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void layerInto(Map<String, Object> target, Map<String, Object> overlay) {
    for (Map.Entry<String, Object> e : overlay.entrySet()) {
      Object value = e.getValue();
      if (value instanceof Map && target.get(e.getKey()) instanceof Map) {
        layerInto((Map<String, Object>) target.get(e.getKey()), (Map<String, Object>) value);
      } else {
        target.put(e.getKey(), deepCopyValue(value, false));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void apply(Map<String, Object> target, Map<String, Object> overlay) {
    for (Map.Entry<String, Object> e : overlay.entrySet()) {
      Object value = e.getValue();
      if (value == null) {
        target.remove(e.getKey());
      } else if (value instanceof Map && target.get(e.getKey()) instanceof Map) {
        apply((Map<String, Object>) target.get(e.getKey()), (Map<String, Object>) value);
      } else {
        target.put(e.getKey(), deepCopyValue(value, true));
      }
    }
  }

  /** A deep copy of a values tree (maps and lists copied, scalars shared). */
  public static Map<String, Object> deepCopy(Map<String, Object> tree) {
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : tree.entrySet()) {
      copy.put(e.getKey(), deepCopyValue(e.getValue(), false));
    }
    return copy;
  }

  /** Copies a value; with {@code dropNulls}, null map entries are dropped as Helm does. */
  @SuppressWarnings("unchecked")
  private static Object deepCopyValue(Object value, boolean dropNulls) {
    if (value instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : ((Map<String, Object>) value).entrySet()) {
        if (e.getValue() != null || !dropNulls) {
          copy.put(e.getKey(), deepCopyValue(e.getValue(), dropNulls));
        }
      }
      return copy;
    }
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>();
      for (Object item : (List<Object>) value) {
        copy.add(deepCopyValue(item, dropNulls));
      }
      return copy;
    }
    return value;
  }
}
