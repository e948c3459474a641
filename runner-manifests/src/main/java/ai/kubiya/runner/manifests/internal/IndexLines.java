package ai.kubiya.runner.manifests.internal;

import ai.kubiya.runner.model.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A build-time index read from the class path ({@link BeanIndex}, {@link WriterIndex}): one line
 * per class, keyed by the class name before its first tab. The file is split into lines once; a
 * line is parsed the first time its class is asked for, so a render parses only the entries it
 * uses.
 *
 * @param <E> an entry, as the index's parser makes it from a line
 */
public final class IndexLines<E> {
  private final Map<String, String> lines;
  private final Function<String, E> parser;
  private final Map<String, Object> parsed = new ConcurrentHashMap<>();
  private static final Object MALFORMED = new Object();

  private IndexLines(Map<String, String> lines, Function<String, E> parser) {
    this.lines = lines;
    this.parser = parser;
  }

  /** The index in {@code resource} next to {@code owner}; empty when it is missing. */
  static <E> IndexLines<E> read(Class<?> owner, String resource, Function<String, E> parser) {
    Map<String, String> lines = new HashMap<>();
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in != null) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int start = 0;
        while (start < text.length()) {
          int end = text.indexOf('\n', start);
          end = end < 0 ? text.length() : end;
          int tab = text.indexOf('\t', start);
          if (tab > start && tab < end) {
            lines.put(text.substring(start, tab), text.substring(start, end));
          }
          start = end + 1;
        }
      }
    } catch (IOException | RuntimeException e) {
      lines.clear(); // an unreadable index: every class is planned by reflection
    }
    return new IndexLines<>(lines, parser);
  }

  /** The entry of the class named {@code type}; null when the index holds none (or a bad one). */
  @SuppressWarnings("unchecked")
  E entry(String type) {
    Object entry = parsed.get(type);
    if (entry == null) {
      String line = lines.get(type);
      if (line == null) {
        return null;
      }
      E made = parser.apply(line);
      entry = made == null ? MALFORMED : made;
      parsed.put(type, entry);
    }
    return entry == MALFORMED ? null : (E) entry;
  }

  /** An index entry: equal, hashed and printed as the line it is written as. */
  abstract static class Line {
    /** The entry's line for the class named {@code type}. */
    abstract String line(String type);

    @Override
    public final boolean equals(Object o) {
      return o != null && o.getClass() == getClass() && line("").equals(((Line) o).line(""));
    }

    @Override
    public final int hashCode() {
      return line("").hashCode();
    }

    @Override
    public final String toString() {
      return line("");
    }
  }

  /**
   * The beginning of an entry's line, as both indexes write it: the class name, then the member
   * holding any other property ({@code -} for none), each followed by a tab; the records follow.
   */
  static StringBuilder start(String type, String member) {
    return new StringBuilder(type)
        .append('\t')
        .append(member == null ? "-" : checked(member))
        .append('\t');
  }

  /** The line of a class left to Jackson: its name and {@code -}. */
  static String leftToJackson(String type) {
    return type + "\t-";
  }

  /**
   * An entry's line read back: {@link #leftToJackson} for a class left to Jackson, else the member
   * ({@code null} for none) and the records (separated by {@code ;}, their parts by {@code ,}).
   */
  static final class Fields {
    /** Whether the class is left to Jackson. */
    final boolean jackson;

    /** The member holding any other property, or null. */
    final String member;

    /** The records, each split into its parts. */
    final List<String[]> records;

    private Fields(boolean jackson, String member, List<String[]> records) {
      this.jackson = jackson;
      this.member = member;
      this.records = records;
    }

    /** The fields of {@code line}; null when it is neither form. */
    static Fields of(String line) {
      String[] fields = line.split("\t", -1);
      if (fields.length == 2 && fields[1].equals("-")) {
        return new Fields(true, null, List.of());
      }
      if (fields.length != 3) {
        return null;
      }
      List<String[]> records = new ArrayList<>();
      if (!fields[2].isEmpty()) {
        for (String record : fields[2].split(";")) {
          records.add(record.split(","));
        }
      }
      return new Fields(false, fields[1].equals("-") ? null : fields[1], records);
    }
  }

  /** {@code part}, a name an index line holds; refused when empty or holding a separator. */
  static String checked(String part) {
    if (part.isEmpty()) {
      throw new IllegalArgumentException("not indexable: an empty name");
    }
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c == ',' || c == ';' || c < ' ') {
        throw new IllegalArgumentException("not indexable: '" + part + "'");
      }
    }
    return part;
  }

  /**
   * Writes {@code entries} as the index {@code resource} next to {@code owner} under {@code
   * classes}.
   */
  static void write(
      Class<?> owner, Path classes, String resource, Map<String, ? extends Line> entries)
      throws IOException {
    StringBuilder out = new StringBuilder();
    entries.forEach((type, entry) -> out.append(entry.line(type)).append('\n'));
    Path dir = classes.resolve(owner.getPackageName().replace('.', '/'));
    Files.createDirectories(dir);
    AtomicFiles.writeString(dir.resolve(resource), out.toString());
  }

  /** Adds the classes a (generic) property type names, type arguments included, to {@code into}. */
  public static void classesIn(Type type, Collection<Class<?>> into) {
    if (type instanceof ParameterizedType) {
      for (Type argument : ((ParameterizedType) type).getActualTypeArguments()) {
        classesIn(argument, into);
      }
    } else if (type instanceof Class) {
      into.add((Class<?>) type);
    }
  }
}
