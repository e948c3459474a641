package ai.kubiya.runner.manifests.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What {@code ModelYamlWriter} learns from Jackson's annotations about each fabric8 class it writes
 * (its properties' JSON names and fields in order, how each is included, the additional-properties
 * field, or that Jackson must write the class), learnt once at build time and read from a
 * class-path resource at run time. Reading the annotations parses every one of them and spins a
 * proxy class per annotation type, a first render's cost in a fresh JVM; with the index a plan's
 * fields are read by the getters generated from it ({@code ModelGetters}), or without them looked
 * up by name.
 *
 * <p>The build ({@code WriterIndexBuild}, at {@code process-classes}) writes it for the classes of
 * a default render and every class reachable through their fields. A class the index does not hold,
 * or an entry that does not resolve, is planned from the annotations as before; {@code
 * ModelYamlWriterTest} checks each indexed plan equals the annotated one.
 *
 * <p>Format, one line per class: {@code class TAB -} for a class Jackson writes; else {@code class
 * TAB any-field-or-dash TAB properties}, separated by {@code ;}, each {@code
 * json-name,field,inclusion,keep-nulls} (inclusion {@code NON_NULL} or {@code NON_EMPTY},
 * keep-nulls {@code 0} or {@code 1}).
 */
public final class WriterIndex {
  /** The resource, next to this class. */
  public static final String RESOURCE = "fabric8-writers.idx";

  /**
   * A class's plan by name: {@link #JACKSON}, or its properties and additional-properties field.
   */
  public static final class Entry extends IndexLines.Line {
    /** The class is written by Jackson. */
    public static final Entry JACKSON = new Entry(null, List.of());

    /** The additional-properties field; null when none. */
    public final String anyField;

    /** The properties in writing order. */
    public final List<Property> properties;

    /** A plan. */
    public Entry(String anyField, List<Property> properties) {
      this.anyField = anyField;
      this.properties = Collections.unmodifiableList(new ArrayList<>(properties));
    }

    @Override
    String line(String type) {
      if (this == JACKSON) {
        return IndexLines.leftToJackson(type);
      }
      StringBuilder out = IndexLines.start(type, anyField);
      for (int i = 0; i < properties.size(); i++) {
        Property p = properties.get(i);
        out.append(i == 0 ? "" : ";").append(IndexLines.checked(p.name)).append(',');
        out.append(IndexLines.checked(p.field))
            .append(',')
            .append(p.nonEmpty ? "NON_EMPTY" : "NON_NULL");
        out.append(',').append(p.keepNulls ? '1' : '0');
      }
      return out.toString();
    }

    static Entry parse(String line) {
      IndexLines.Fields fields = IndexLines.Fields.of(line);
      if (fields == null || fields.jackson) {
        return fields == null ? null : JACKSON;
      }
      List<Property> properties = new ArrayList<>();
      for (String[] parts : fields.records) {
        if (parts.length != 4) {
          return null;
        }
        properties.add(
            new Property(parts[0], parts[1], parts[2].equals("NON_EMPTY"), parts[3].equals("1")));
      }
      return new Entry(fields.member, properties);
    }
  }

  /** One property: its JSON name, its field, and how it is included. */
  public static final class Property {
    /** The JSON name. */
    public final String name;

    /** The field's name. */
    public final String field;

    /** Left out when empty ({@code NON_EMPTY}), not only when null. */
    public final boolean nonEmpty;

    /** A map value keeps its null entries. */
    public final boolean keepNulls;

    /** A property. */
    public Property(String name, String field, boolean nonEmpty, boolean keepNulls) {
      this.name = name;
      this.field = field;
      this.nonEmpty = nonEmpty;
      this.keepNulls = keepNulls;
    }
  }

  private WriterIndex() {}

  /** The indexed plan of {@code type}; null when the index does not hold it. */
  public static Entry entry(Class<?> type) {
    return Loaded.LINES.entry(type.getName());
  }

  /** The index, read on first use; empty when the resource is missing. */
  private static final class Loaded {
    static final IndexLines<Entry> LINES =
        IndexLines.read(WriterIndex.class, RESOURCE, new Parser());
  }

  /** Parses a line: a class, not a method reference, which a fresh JVM would spin a class for. */
  private static final class Parser implements java.util.function.Function<String, Entry> {
    @Override
    public Entry apply(String line) {
      return Entry.parse(line);
    }
  }

  /** Writes {@code entries} as the index into the classes directory {@code classes}. */
  public static void write(Path classes, Map<String, Entry> entries) throws IOException {
    IndexLines.write(WriterIndex.class, classes, RESOURCE, entries);
  }
}
