package ai.kubiya.runner.model.internal;

import ai.kubiya.runner.model.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link DirectBinder} learns by reflection about each values type (its properties' JSON
 * names, accessors and builder parameter types, in Jackson's order; its extras accessor), learnt
 * once at build time and read from a class-path resource at run time. Reflection over annotations
 * parses every annotation of every accessor and spins a proxy class per annotation type: most of
 * the first binding's cost in a fresh JVM. With the index, a plan is a few method lookups by name.
 *
 * <p>The build writes the index ({@link #main}, at {@code process-classes}) from the classes it
 * ships with; a type the index does not hold, or an entry that does not resolve, is planned by
 * reflection as before. {@code DirectBinderTest} checks each indexed plan equals the reflected one.
 *
 * <p>Format, one line per type: {@code type TAB ordered TAB extras-accessor-or-dash TAB
 * properties}, properties separated by {@code ;}, each {@code json-name,accessor,parameter-type}.
 */
final class BindingIndex {
  /** The resource, next to this class. */
  static final String RESOURCE = "values-bindings.idx";

  private static final Map<String, Class<?>> PRIMITIVES =
      Map.of(
          "int", int.class,
          "long", long.class,
          "boolean", boolean.class,
          "double", double.class);

  private BindingIndex() {}

  /** One values type's plan, by name. */
  static final class Entry {
    final boolean ordered;
    final String extras; // null: none
    final List<Property> properties;

    Entry(boolean ordered, String extras, List<Property> properties) {
      this.ordered = ordered;
      this.extras = extras;
      this.properties = properties;
    }

    String line(String type) {
      StringBuilder out = new StringBuilder(type).append('\t').append(ordered ? '1' : '0');
      out.append('\t').append(extras == null ? "-" : extras).append('\t');
      for (int i = 0; i < properties.size(); i++) {
        Property p = properties.get(i);
        out.append(i == 0 ? "" : ";").append(p.name).append(',').append(p.accessor);
        out.append(',').append(p.parameter).append(',').append(p.model);
      }
      return out.toString();
    }

    static Entry parse(String[] fields) {
      List<Property> properties = new ArrayList<>();
      if (!fields[3].isEmpty()) {
        for (String property : fields[3].split(";")) {
          String[] parts = property.split(",");
          if (parts.length != 4) {
            return null;
          }
          properties.add(new Property(parts[0], parts[1], parts[2], parts[3]));
        }
      }
      String extras = fields[2].equals("-") ? null : fields[2];
      return new Entry(fields[1].equals("1"), extras, Collections.unmodifiableList(properties));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Entry && line("").equals(((Entry) o).line(""));
    }

    @Override
    public int hashCode() {
      return line("").hashCode();
    }

    @Override
    public String toString() {
      return line("");
    }
  }

  /**
   * One property: its JSON name, its accessor's name, its builder setter's parameter type, and the
   * values section it holds ({@code -}: none).
   */
  static final class Property {
    final String name;
    final String accessor;
    final String parameter;
    final String model;

    Property(String name, String accessor, String parameter, String model) {
      for (String part : new String[] {name, accessor, parameter, model}) {
        if (part.isEmpty()) {
          throw new IllegalArgumentException("not indexable: an empty name");
        }
        for (int i = 0; i < part.length(); i++) {
          char c = part.charAt(i);
          if (c == ',' || c == ';' || c < ' ') {
            throw new IllegalArgumentException("not indexable: '" + part + "'");
          }
        }
      }
      this.name = name;
      this.accessor = accessor;
      this.parameter = parameter;
      this.model = model;
    }
  }

  /** The indexed plan of {@code type}; null when the index does not hold it. */
  static Entry entry(Class<?> type) {
    return Loaded.ENTRIES.get(type.getName());
  }

  /** A parameter type by the name the index gives it. */
  static Class<?> type(String name, ClassLoader loader) throws ClassNotFoundException {
    Class<?> primitive = PRIMITIVES.get(name);
    return primitive != null ? primitive : Class.forName(name, false, loader);
  }

  /** The index, read on first use; empty when the resource is missing or malformed. */
  private static final class Loaded {
    static final Map<String, Entry> ENTRIES = read();

    private static Map<String, Entry> read() {
      Map<String, Entry> entries = new HashMap<>();
      try (InputStream in = BindingIndex.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          return Map.of();
        }
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String[] fields = line.split("\t", -1);
          Entry entry = fields.length == 4 ? Entry.parse(fields) : null;
          if (entry == null) {
            return Map.of(); // not an index this class wrote: reflection for every type
          }
          entries.put(fields[0], entry);
        }
      } catch (IOException | RuntimeException e) {
        return Map.of();
      }
      return entries;
    }
  }

  /**
   * Build step: writes the index of every values type reachable from {@code RunnerValues} into the
   * classes directory {@code args[0]}.
   */
  public static void main(String[] args) throws IOException {
    Map<String, Entry> plans =
        DirectBinder.reflectedPlans(ai.kubiya.runner.model.RunnerValues.class);
    StringBuilder out = new StringBuilder();
    plans.forEach((type, entry) -> out.append(entry.line(type)).append('\n'));
    Path dir = Path.of(args[0]).resolve(BindingIndex.class.getPackageName().replace('.', '/'));
    Files.createDirectories(dir);
    AtomicFiles.writeString(dir.resolve(RESOURCE), out.toString());
    System.out.println("BindingIndex: " + plans.size() + " values types indexed");
  }
}
