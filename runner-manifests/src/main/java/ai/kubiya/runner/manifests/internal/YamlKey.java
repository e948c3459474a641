package ai.kubiya.runner.manifests.internal;

/**
 * A mapping key written again and again, such as a model class's property name: its YAML text
 * ({@code name:}, quoted when it must be) worked out once, and with each indentation it is written
 * at, so that {@link YamlWriter#fieldName(YamlKey)} appends one string per key line.
 */
public final class YamlKey {
  /** The deepest indentation whose text is kept; deeper keys are put together when written. */
  private static final int MAX_KEPT_INDENT = 32;

  final String name;

  /** {@code name:} as YAML. */
  final String text;

  /**
   * {@code indented[n]} is {@code text} after n spaces, made on first use. Filled racily: a thread
   * that sees no entry (a String, safely published) makes it again.
   */
  private final String[] indented = new String[MAX_KEPT_INDENT + 1];

  private YamlKey(String name) {
    this.name = name;
    StringBuilder key = new StringBuilder(name.length() + 3);
    YamlScalars.key(key, name);
    this.text = key.append(':').toString();
  }

  /** The key {@code name}. */
  public static YamlKey of(String name) {
    return new YamlKey(name);
  }

  /** The key's name, unquoted. */
  public String name() {
    return name;
  }

  /** {@code n} spaces then the key and its colon. */
  String indented(int n) {
    if (n > MAX_KEPT_INDENT) {
      StringBuilder out = new StringBuilder(n + text.length());
      YamlScalars.indent(out, n);
      return out.append(text).toString();
    }
    String line = indented[n];
    if (line == null) {
      StringBuilder out = new StringBuilder(n + text.length());
      YamlScalars.indent(out, n);
      line = out.append(text).toString();
      indented[n] = line;
    }
    return line;
  }
}
