package ai.kubiya.runner.model.internal;

import ai.kubiya.runner.model.RunnerValues;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The JSON name of a values accessor, as Jackson reads it from {@code @JsonProperty}: from the
 * build's {@link BindingIndex} when it holds the accessor's type and property, else from the
 * annotation. Reading annotations parses them all and spins a proxy class per annotation type, a
 * first-render cost the index spares.
 */
public final class JsonNames {
  private JsonNames() {}

  /** The JSON name of {@code accessor}, a no-argument method of the values type {@code type}. */
  public static String of(Class<?> type, Method accessor) {
    BindingIndex.Entry entry = BindingIndex.entry(type);
    if (entry != null) {
      for (BindingIndex.Property property : entry.properties) {
        if (property.accessor.equals(accessor.getName())) {
          return property.name;
        }
      }
    }
    return annotated(accessor);
  }

  /**
   * The values section a property of this type holds, through {@code Optional<T>} and {@code
   * List<T>}; null for anything else.
   */
  public static Class<?> modelTypeOf(Type type) {
    if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      if ((p.getRawType() == Optional.class || p.getRawType() == List.class)
          && p.getActualTypeArguments().length == 1) {
        return modelTypeOf(p.getActualTypeArguments()[0]);
      }
      return null;
    }
    if (type instanceof Class
        && ((Class<?>) type).getPackageName().equals(RunnerValues.class.getPackageName())) {
      return (Class<?>) type;
    }
    return null;
  }

  /**
   * A values type's properties by JSON name, each with the values section it holds ({@link
   * #modelTypeOf}) or null, as the build's index gives them; null when the index does not hold the
   * type (or names a class that is not there).
   */
  public static Map<String, Class<?>> schema(Class<?> type) {
    BindingIndex.Entry entry = BindingIndex.entry(type);
    if (entry == null) {
      return null;
    }
    Map<String, Class<?>> out = new TreeMap<>();
    try {
      for (BindingIndex.Property property : entry.properties) {
        out.put(
            property.name,
            property.model.equals("-")
                ? null
                : Class.forName(property.model, false, type.getClassLoader()));
      }
    } catch (ClassNotFoundException e) {
      return null;
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The JSON name as Jackson reads the annotation: its value, or the accessor's name without one.
   */
  static String annotated(Method accessor) {
    JsonProperty json = accessor.getAnnotation(JsonProperty.class);
    return json != null && !json.value().isEmpty() ? json.value() : accessor.getName();
  }
}
