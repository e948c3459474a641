package ai.kubiya.runner.model.validation;

import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.RunnerValues;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Warns about keys the chart never reads (kept in the model's {@code extras()}), with a
 * did-you-mean for near misses ({@code kubeStateMetrics} -> {@code kubestatemetrics}). Subchart
 * sections pass unknown keys through to their charts, so only the runner's own sections are checked.
 */
final class UnknownKeysCheck implements ConfigCheck {
  /** Types whose extra keys belong to a subchart and are passed through, not unknown. */
  private static final Set<String> PASS_THROUGH =
      Set.of(
          "DaggerValues", "DaggerEngineValues", "DaggerImageValues", "DaggerAdditionalResourcesValues",
          "DaggerServiceValues", "NewServiceAccountValues", "KubeStateMetricsValues", "KsmImageValues",
          "KsmRbacValues", "KsmSelfMonitorValues", "IntervalValues", "AlloyValues", "AlloyContainerValues",
          "AlloyControllerValues", "AlloyConfigMapValues", "EnvVarValues");

  @Override
  public List<Finding> check(RunnerConfig config) {
    List<Finding> out = new ArrayList<>();
    visit("", config.values(), out);
    return out;
  }

  private void visit(String path, Object node, List<Finding> out) {
    if (node == null || !isModel(node.getClass())) {
      return;
    }
    Map<String, Method> properties = properties(node.getClass());
    if (!PASS_THROUGH.contains(modelType(node.getClass()).getSimpleName())) {
      Map<String, Object> extras = invoke(properties.get("extras"), node);
      for (String key : extras.keySet()) {
        out.add(Finding.warning(join(path, key), unknownMessage(key, properties.keySet())));
      }
    }
    properties.forEach(
        (name, method) -> {
          if (!name.equals("extras")) {
            Object value = invoke(method, node);
            if (value instanceof Optional) {
              value = ((Optional<?>) value).orElse(null);
            }
            if (value instanceof List) {
              List<?> list = (List<?>) value;
              for (int i = 0; i < list.size(); i++) {
                visit(join(path, name) + "[" + i + "]", list.get(i), out);
              }
            } else {
              visit(join(path, name), value, out);
            }
          }
        });
  }

  private static String unknownMessage(String key, Collection<String> known) {
    String base = "the chart never reads this key";
    for (String candidate : new TreeSet<>(known)) {
      if (candidate.equals("extras")) {
        continue;
      }
      if (candidate.equalsIgnoreCase(key) || (key.length() > 3 && distance(candidate.toLowerCase(Locale.ROOT), key.toLowerCase(Locale.ROOT)) <= 2)) {
        return base + "; did you mean '" + candidate + "'?";
      }
    }
    return base;
  }

  /** Property name -> accessor, for the abstract model type of an Immutables object; computed once per type. */
  private static final ClassValue<Map<String, Method>> PROPERTIES =
      new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
          return introspect(type);
        }
      };

  private static Map<String, Method> properties(Class<?> type) {
    return PROPERTIES.get(type);
  }

  private static Map<String, Method> introspect(Class<?> type) {
    Map<String, Method> out = new java.util.TreeMap<>();
    for (Method m : modelType(type).getMethods()) {
      if (m.getParameterCount() == 0
          && !Modifier.isStatic(m.getModifiers())
          && m.getDeclaringClass() != Object.class
          && !m.getName().matches("(to|is)[A-Z].*") // toMap(), toValuesYaml(), isSecret(); not toolManager()
          && m.getReturnType() != void.class) {
        JsonProperty json = m.getAnnotation(JsonProperty.class);
        out.put(json != null ? json.value() : m.getName(), m);
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private static Class<?> modelType(Class<?> type) {
    Class<?> t = type;
    while (t.getSimpleName().startsWith("Immutable") && t.getSuperclass() != null) {
      t = t.getSuperclass();
    }
    return t;
  }

  private static boolean isModel(Class<?> type) {
    return type.getPackageName().equals(RunnerValues.class.getPackageName());
  }

  @SuppressWarnings("unchecked")
  private static <T> T invoke(Method m, Object target) {
    try {
      return (T) m.invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + m.getName(), e);
    }
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
