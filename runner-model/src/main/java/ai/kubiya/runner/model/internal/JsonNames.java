package ai.kubiya.runner.model.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Method;

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

  /** The JSON name as the annotation gives it. */
  static String annotated(Method accessor) {
    JsonProperty json = accessor.getAnnotation(JsonProperty.class);
    return json != null ? json.value() : accessor.getName();
  }
}
