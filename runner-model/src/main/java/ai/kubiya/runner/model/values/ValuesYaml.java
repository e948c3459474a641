package ai.kubiya.runner.model.values;

import ai.kubiya.runner.model.internal.ValuesDocuments;
import java.nio.file.Path;
import java.util.Map;

/**
 * Helm values documents as plain maps, read as Helm reads a {@code -f} file: for tools that work on
 * values as data (redacting stored values, comparing them) rather than as a {@code RunnerConfig}.
 * Errors are {@link ValuesException}s naming the source and line, never a value.
 */
public final class ValuesYaml {
  private ValuesYaml() {}

  /** The values in this file, an empty map for an empty file. */
  public static Map<String, Object> read(Path file) {
    return ValuesDocuments.read(file);
  }

  /** The values in this text; {@code source} names it in errors (a file name, "stdin"). */
  public static Map<String, Object> parse(String text, String source) {
    return ValuesDocuments.parse(text, source);
  }
}
