package ai.kubiya.runner.model.internal;

import java.lang.reflect.Type;
import java.util.Map;

/**
 * The calls binding one values type takes: its Immutables builder, each property's builder setter
 * and accessor by number (the build's {@link BindingIndex} order), its extras. {@link DirectBinder}
 * makes them by reflection, or takes the ones the build generates ({@code GeneratedValuesAccess},
 * written by {@link ValuesAccessSource} at {@code process-classes}): direct calls, so that a first
 * binding in a fresh JVM makes no {@code Method} objects (each reflective lookup makes one for
 * every public method of the class, and loads every class their signatures name).
 *
 * <p>Failures are thrown as they come (an {@link IllegalStateException} for a missing required
 * value, a {@link ClassCastException} for a value of another type); the binder gives such trees to
 * Jackson.
 */
abstract class ValuesAccess {
  /**
   * The generated calls of the type named {@code type}; null when there are none. Only the
   * generated class answers this and the two below: a plan by reflection knows its types itself.
   */
  ValuesAccess forType(String type) {
    return null;
  }

  /** The JSON names of the properties, by number; null when not generated. */
  String[] names() {
    return null;
  }

  /**
   * The declared (generic) type of each property's accessor, by number; null when not generated.
   */
  Type[] types() {
    return null;
  }

  /** A new builder of the type's Immutables class. */
  abstract Object builder();

  /** Sets property number {@code property} on {@code builder}. */
  abstract void set(Object builder, int property, Object value);

  /** Puts unknown keys into the type's extras. */
  abstract void putExtras(Object builder, Map<String, Object> extras);

  /** The built value. */
  abstract Object build(Object builder);

  /** Property number {@code property} of {@code section}. */
  abstract Object get(Object section, int property);

  /** The extras of {@code section}. */
  abstract Map<?, ?> extras(Object section);

  /** The generated calls of {@code type}, or null (no generated class, or not a type it holds). */
  static ValuesAccess generated(Class<?> type) {
    ValuesAccess all = Generated.ALL;
    return all == null ? null : all.forType(type.getName());
  }

  /** The generated class, loaded on first use; null when the build did not make it. */
  private static final class Generated {
    static final ValuesAccess ALL = load();

    private static ValuesAccess load() {
      try {
        return (ValuesAccess)
            Class.forName(
                    ValuesAccess.class.getPackageName() + ".GeneratedValuesAccess",
                    true,
                    ValuesAccess.class.getClassLoader())
                .getDeclaredConstructor()
                .newInstance();
      } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
        return null; // an IDE build without the build step: reflection plans every type
      }
    }
  }
}
