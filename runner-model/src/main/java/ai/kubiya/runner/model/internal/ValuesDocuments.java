package ai.kubiya.runner.model.internal;

import ai.kubiya.runner.model.io.BoundedInput;
import ai.kubiya.runner.model.io.BoundedInputException;
import ai.kubiya.runner.model.values.ValuesException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Helm values documents (YAML) into plain trees as Helm reads them: anchors, aliases and
 * {@code <<} merge keys resolved, YAML 1.1 scalars; duplicate keys, non-scalar keys, tabs in
 * indentation, alias bombs and files over {@link BoundedInput#VALUES_LIMIT} refused with one line
 * naming the file (and line) and the reason, never the file's text.
 */
public final class ValuesDocuments {
  private ValuesDocuments() {}

  /** Reads a values file; an empty file is an empty map. */
  public static Map<String, Object> read(Path file) {
    String text;
    try {
      text = BoundedInput.readUtf8(file, BoundedInput.VALUES_LIMIT);
    } catch (BoundedInputException e) {
      throw new ValuesException(e.source(), e.getMessage().substring(e.source().length() + 2));
    }
    return parse(text, file.toString());
  }

  /** Reads a values document from a stream (e.g. stdin), bounded like a file. */
  public static Map<String, Object> read(InputStream in, String source) {
    String text;
    try {
      text = BoundedInput.readUtf8(in, source, BoundedInput.VALUES_LIMIT);
    } catch (BoundedInputException e) {
      throw new ValuesException(e.source(), e.getMessage().substring(e.source().length() + 2));
    }
    return parse(text, source);
  }

  /** Parses a values document; {@code source} names it in errors. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parse(String text, String source) {
    Object tree = YamlTree.read(text, source);
    if (tree == null) {
      return new LinkedHashMap<>();
    }
    if (!(tree instanceof Map)) {
      throw new ValuesException(
          source + ":1", "a values document must be a map, got " + kind(tree));
    }
    return (Map<String, Object>) tree;
  }

  private static String kind(Object value) {
    if (value instanceof List) {
      return "a list";
    }
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof Number) {
      return "a number";
    }
    return "a " + (value instanceof Boolean ? "boolean" : value.getClass().getSimpleName());
  }
}
