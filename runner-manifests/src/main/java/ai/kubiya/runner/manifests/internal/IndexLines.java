package ai.kubiya.runner.manifests.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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
final class IndexLines<E> {
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
}
