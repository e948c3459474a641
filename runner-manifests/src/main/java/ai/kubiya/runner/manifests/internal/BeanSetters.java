package ai.kubiya.runner.manifests.internal;

import java.lang.reflect.Type;

/**
 * Direct calls to the constructors and setters of the fabric8 beans {@link BeanIndex} holds, for
 * {@link DirectConverter}: generated at build time ({@code GeneratedBeanSetters}, written by {@link
 * BeanSettersSource} at {@code process-classes}), so a conversion creates no {@code Method} object
 * and loads only the classes of the properties it sets. A bean is known by its number, its
 * properties by their position among its setters sorted by JSON name (the index's order).
 *
 * <p>{@link #generated()} is null when the build did not write the class (an IDE build) or it does
 * not link: {@link DirectConverter} then looks the methods up by reflection, as before.
 */
abstract class BeanSetters {
  /** The generated class's name. */
  static final String GENERATED = "ai.kubiya.runner.manifests.internal.GeneratedBeanSetters";

  /** The bean's number, or -1 for a class the generated code does not know. */
  abstract int number(String type);

  /** The index entry the bean's code was generated from, as its {@code toString()}. */
  abstract String layout(int bean);

  /** A new bean, made by its no-argument constructor. */
  abstract Object create(int bean);

  /**
   * The parameter type of the bean's setter {@code property} (a class, or a {@link GenericType}),
   * loading no other property's classes; null for a type {@link DirectConverter} does not convert.
   */
  abstract Type type(int bean, int property);

  /** Calls the setter {@code property} of {@code target} with {@code value}. */
  abstract void set(int bean, int property, Object target, Object value);

  /** Calls the additional-properties setter of {@code target}. */
  abstract void setAny(int bean, Object target, String key, Object value);

  /** The generated setters; null when the build wrote none or they do not link. */
  static BeanSetters generated() {
    return Loaded.INSTANCE;
  }

  /** Loads the generated class on first use. */
  private static final class Loaded {
    static final BeanSetters INSTANCE = load();

    private static BeanSetters load() {
      try {
        Class<?> type = Class.forName(GENERATED, true, BeanSetters.class.getClassLoader());
        return (BeanSetters) type.getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
        return null; // not generated, or from other classes than these: reflection does it
      }
    }
  }
}
