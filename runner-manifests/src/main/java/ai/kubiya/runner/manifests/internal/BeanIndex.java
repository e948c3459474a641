package ai.kubiya.runner.manifests.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What {@link DirectConverter} learns by reflection about each fabric8 bean it fills (its setters
 * by JSON name, its additional-properties setter, or that Jackson must convert it), learnt once at
 * build time for every bean reachable from a {@code PodSpec}, and read from a class-path resource
 * at run time. Reading Jackson's annotations parses every annotation of every method and spins a
 * proxy class per annotation type; with the index a bean is filled by the setters generated from it
 * ({@link BeanSetters}), or without them by methods looked up by name.
 *
 * <p>A type the index does not hold, or an entry that does not resolve, is planned by reflection as
 * before. {@code DirectConverterTest} checks each indexed bean equals the reflected one.
 *
 * <p>Format, one line per type: {@code type TAB -} for a type Jackson converts; else {@code type
 * TAB any-setter-or-dash TAB setters}, setters separated by {@code ;}, each {@code
 * json-name,method,parameter-type}, with {@code ,!} appended to one Jackson must set.
 */
final class BeanIndex {
  /** The resource, next to this class. */
  static final String RESOURCE = "fabric8-beans.idx";

  private BeanIndex() {}

  /** One bean's plan, by name; {@link #JACKSON} for a type Jackson converts. */
  static final class Entry extends IndexLines.Line {
    static final Entry JACKSON = new Entry(null, Map.of());

    final String anySetter; // null: none
    final Map<String, String[]> setters; // json name -> {method, parameter type, "!" or ""}

    Entry(String anySetter, Map<String, String[]> setters) {
      this.anySetter = anySetter;
      this.setters = setters;
    }

    @Override
    String line(String type) {
      if (this == JACKSON) {
        return IndexLines.leftToJackson(type);
      }
      StringBuilder out = IndexLines.start(type, anySetter);
      String separator = "";
      for (Map.Entry<String, String[]> e : new java.util.TreeMap<>(setters).entrySet()) {
        String[] s = e.getValue();
        out.append(separator)
            .append(IndexLines.checked(e.getKey()))
            .append(',')
            .append(IndexLines.checked(s[0]));
        out.append(',').append(IndexLines.checked(s[1])).append(s[2].isEmpty() ? "" : ",!");
        separator = ";";
      }
      return out.toString();
    }

    static Entry parse(String line) {
      IndexLines.Fields fields = IndexLines.Fields.of(line);
      if (fields == null || fields.jackson) {
        return fields == null ? null : JACKSON;
      }
      Map<String, String[]> setters = new HashMap<>();
      for (String[] parts : fields.records) {
        if (parts.length < 3 || parts.length > 4) {
          return null;
        }
        setters.put(parts[0], new String[] {parts[1], parts[2], parts.length == 4 ? "!" : ""});
      }
      return new Entry(fields.member, setters);
    }
  }

  /** The indexed plan of {@code type}; null when the index does not hold it. */
  static Entry entry(Class<?> type) {
    return Loaded.LINES.entry(type.getName());
  }

  /** The index, read on first use; empty when the resource is missing. */
  private static final class Loaded {
    static final IndexLines<Entry> LINES = IndexLines.read(BeanIndex.class, RESOURCE, new Parser());
  }

  /** Parses a line: a class, not a method reference, which a fresh JVM would spin a class for. */
  private static final class Parser implements java.util.function.Function<String, Entry> {
    @Override
    public Entry apply(String line) {
      return Entry.parse(line);
    }
  }

  /**
   * Build step: writes the index of every fabric8 bean reachable from a {@code PodSpec} into the
   * classes directory {@code args[0]}, and the source of their generated setters ({@link
   * BeanSetters}) under the generated-sources directory {@code args[1]}.
   */
  public static void main(String[] args) throws IOException, ReflectiveOperationException {
    Map<String, Entry> beans = DirectConverter.reflectedBeans();
    IndexLines.write(BeanIndex.class, Path.of(args[0]), RESOURCE, beans);
    String generated = BeanSetters.GENERATED;
    BeanSettersSource.of(beans)
        .write(
            Path.of(args[1]),
            BeanIndex.class.getPackageName(),
            generated.substring(generated.lastIndexOf('.') + 1));
    System.out.println("BeanIndex: " + beans.size() + " fabric8 types indexed, setters generated");
  }
}
