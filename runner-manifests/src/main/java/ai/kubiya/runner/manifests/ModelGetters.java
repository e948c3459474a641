package ai.kubiya.runner.manifests;

/**
 * Direct calls to the getters of the fields {@link ModelYamlWriter} writes, for the fabric8 classes
 * the build's {@code WriterIndex} holds: generated at build time ({@code GeneratedModelGetters},
 * written by {@link ModelGettersSource} at {@code process-classes}), so a render creates no {@code
 * Field} object (which would load the class of every field of the class) and reads no field
 * reflectively. A class is known by its number, its properties by their position in the index entry
 * (the writing order).
 *
 * <p>{@link #generated()} is null when the build did not write the class (an IDE build) or it does
 * not link: the writer then looks the fields up by the index's names, as before.
 */
abstract class ModelGetters {
  /** The generated class's name. */
  static final String GENERATED = "ai.kubiya.runner.manifests.GeneratedModelGetters";

  /** The class's number, or -1 for a class the generated code does not know. */
  abstract int number(String type);

  /** The index entry the class's code was generated from, as its {@code toString()}. */
  abstract String layout(int type);

  /**
   * The declared type of each property's field, one letter each: {@code S} for {@code String},
   * {@code L} for {@code List}, {@code M} for {@code Map}, {@code O} for any other.
   */
  abstract String kinds(int type);

  /**
   * Reads {@code bean}'s properties by their fields' getters into {@code into}, in order, and its
   * additional-properties map after them when the class has one: one call per object written.
   */
  abstract void read(int type, Object bean, Object[] into);

  /** The generated getters; null when the build wrote none or they do not link. */
  static ModelGetters generated() {
    return Loaded.INSTANCE;
  }

  /** Loads the generated class on first use. */
  private static final class Loaded {
    static final ModelGetters INSTANCE = load();

    private static ModelGetters load() {
      try {
        Class<?> type = Class.forName(GENERATED, true, ModelGetters.class.getClassLoader());
        return (ModelGetters) type.getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
        return null; // not generated, or from other classes than these: reflection does it
      }
    }
  }
}
