package ai.kubiya.runner.model.validation;

import ai.kubiya.runner.model.AlloyConfigMapValues;
import ai.kubiya.runner.model.AlloyContainerValues;
import ai.kubiya.runner.model.AlloyControllerValues;
import ai.kubiya.runner.model.AlloyValues;
import ai.kubiya.runner.model.DaggerAdditionalResourcesValues;
import ai.kubiya.runner.model.DaggerEngineValues;
import ai.kubiya.runner.model.DaggerImageValues;
import ai.kubiya.runner.model.DaggerServiceValues;
import ai.kubiya.runner.model.DaggerValues;
import ai.kubiya.runner.model.EnvVarValues;
import ai.kubiya.runner.model.IntervalValues;
import ai.kubiya.runner.model.KsmImageValues;
import ai.kubiya.runner.model.KsmRbacValues;
import ai.kubiya.runner.model.KsmSelfMonitorValues;
import ai.kubiya.runner.model.KubeStateMetricsValues;
import ai.kubiya.runner.model.NewServiceAccountValues;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.RunnerValues;
import ai.kubiya.runner.model.internal.JsonNames;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Warns about keys the chart never reads (kept in the model's {@code extras()}), with a
 * did-you-mean for near misses ({@code kubeStateMetrics} -> {@code kubestatemetrics}). Subchart
 * sections pass unknown keys through to their charts, so only the runner's own sections are
 * checked.
 */
final class UnknownKeysCheck implements ConfigCheck {
  /** Types whose extra keys belong to a subchart and are passed through, not unknown. */
  private static final Set<Class<?>> PASS_THROUGH =
      Set.of(
          DaggerValues.class,
          DaggerEngineValues.class,
          DaggerImageValues.class,
          DaggerAdditionalResourcesValues.class,
          DaggerServiceValues.class,
          NewServiceAccountValues.class,
          KubeStateMetricsValues.class,
          KsmImageValues.class,
          KsmRbacValues.class,
          KsmSelfMonitorValues.class,
          IntervalValues.class,
          AlloyValues.class,
          AlloyContainerValues.class,
          AlloyControllerValues.class,
          AlloyConfigMapValues.class,
          EnvVarValues.class);

  /** Shared by every instance: {@code RunnerValidator.standard()} makes new checks each time. */
  private static final SectionMemo MEMO = new SectionMemo();

  @Override
  public List<Finding> check(RunnerConfig config) {
    List<Finding> out = new ArrayList<>();
    walk("", config.values().toMap(), RunnerValues.class, out);
    return out;
  }

  /**
   * Walks the values tree (as the model writes it: typed properties and {@code extras} side by
   * side) with the model type's schema: a key that is no property of the type is an extra.
   */
  @SuppressWarnings("unchecked")
  private void walk(String path, Map<String, Object> node, Class<?> type, List<Finding> out) {
    Schema of = SCHEMA.get(type);
    Map<String, Class<?>> schema = of.properties;
    boolean passThrough = of.passThrough;
    for (Map.Entry<String, Object> entry : node.entrySet()) {
      String key = entry.getKey();
      if (!schema.containsKey(key)) {
        if (!passThrough) {
          out.add(Finding.warning(join(path, key), unknownMessage(key, schema.keySet())));
        }
        continue;
      }
      Class<?> child = schema.get(key);
      Object value = entry.getValue();
      if (child == null) {
        continue;
      }
      if (value instanceof Map && type == RunnerValues.class) {
        // a section of the values: the same tree as last time has the same findings
        Map<String, Object> section = (Map<String, Object>) value;
        List<Finding> found = MEMO.seen(key, section);
        if (found == null) {
          found = new ArrayList<>();
          walk(key, section, child, found);
          found = MEMO.remember(key, section, found);
        }
        out.addAll(found);
      } else if (value instanceof Map) {
        walk(join(path, key), (Map<String, Object>) value, child, out);
      } else if (value instanceof List) {
        List<Object> list = (List<Object>) value;
        for (int i = 0; i < list.size(); i++) {
          if (list.get(i) instanceof Map) {
            walk(join(path, key) + "[" + i + "]", (Map<String, Object>) list.get(i), child, out);
          }
        }
      }
    }
  }

  private static String unknownMessage(String key, Collection<String> known) {
    String base = "the chart never reads this key";
    for (String candidate : new TreeSet<>(known)) {
      if (candidate.equalsIgnoreCase(key)
          || (key.length() > 3
              && distance(candidate.toLowerCase(Locale.ROOT), key.toLowerCase(Locale.ROOT)) <= 2)) {
        return base + "; did you mean '" + candidate + "'?";
      }
    }
    return base;
  }

  /**
   * Per model type, computed once: each property's name (its JSON name) and the model type of its
   * value ({@code null} for scalars and free-form maps), looking through {@code Optional} and
   * {@code List}.
   */
  private static final ClassValue<Schema> SCHEMA =
      new ClassValue<>() {
        @Override
        protected Schema computeValue(Class<?> type) {
          return new Schema(schemaOf(type), PASS_THROUGH.contains(type));
        }
      };

  /** A model type's properties (hashed for the walk's look-ups) and whether it passes extras on. */
  private static final class Schema {
    final Map<String, Class<?>> properties;
    final boolean passThrough;

    Schema(Map<String, Class<?>> properties, boolean passThrough) {
      this.properties = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(properties));
      this.passThrough = passThrough;
    }
  }

  /** The schema from the build's index (no reflection), else by reflection. */
  private static Map<String, Class<?>> schemaOf(Class<?> type) {
    Map<String, Class<?>> indexed = JsonNames.schema(type);
    return indexed != null ? indexed : introspect(type);
  }

  /** The schema by reflection over the type's accessors. */
  static Map<String, Class<?>> introspect(Class<?> type) {
    Map<String, Class<?>> out = new java.util.TreeMap<>();
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() == 0
          && !Modifier.isStatic(m.getModifiers())
          && m.getDeclaringClass() != Object.class
          && !m.getName().equals("extras")
          && !derived(m.getName())
          && m.getReturnType() != void.class) {
        out.put(JsonNames.of(type, m), JsonNames.modelTypeOf(m.getGenericReturnType()));
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** {@code toMap()}, {@code isSecret()}, the {@code withX} copies; not {@code toolManager()}. */
  static boolean derived(String name) {
    for (String prefix : new String[] {"to", "is", "with"}) {
      if (name.length() > prefix.length()
          && name.startsWith(prefix)
          && name.charAt(prefix.length()) >= 'A'
          && name.charAt(prefix.length()) <= 'Z') {
        return true;
      }
    }
    return false;
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
