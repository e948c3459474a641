package ai.kubiya.runner.manifests.diff.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Configuration text (e.g. a ConfigMap's {@code config.alloy}) reduced to what it says: lines
 * without indentation, blank lines and comment lines, inner whitespace collapsed; Alloy lines also
 * lose trailing commas ({@code alloy fmt} adds them to multi-line lists).
 */
final class ConfigText {
  /** One meaningful line and its 1-based number in the original text. */
  static final class Line {
    final String text;
    final int number;

    Line(String text, int number) {
      this.text = text;
      this.number = number;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Line && ((Line) o).text.equals(text);
    }

    @Override
    public int hashCode() {
      return text.hashCode();
    }

    @Override
    public String toString() {
      return text;
    }
  }

  private ConfigText() {}

  /** The comment prefix for a file named {@code key}, or {@code null} when unknown. */
  static String commentPrefix(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    if (k.endsWith(".alloy") || k.endsWith(".river")) {
      return "//";
    }
    if (k.endsWith(".toml")
        || k.endsWith(".conf")
        || k.endsWith(".yaml")
        || k.endsWith(".yml")
        || k.endsWith(".properties")
        || k.endsWith(".ini")
        || k.endsWith(".sh")) {
      return "#";
    }
    return null;
  }

  static List<Line> lines(String text, String key) {
    String comment = commentPrefix(key);
    boolean alloy = "//".equals(comment);
    List<Line> out = new ArrayList<>();
    String[] all = text.split("\\R", -1);
    for (int i = 0; i < all.length; i++) {
      String s = all[i].strip();
      if (s.isEmpty() || (comment != null && s.startsWith(comment))) {
        continue;
      }
      s = s.replaceAll("\\s+", " ");
      if (alloy) {
        while (s.endsWith(",")) {
          s = s.substring(0, s.length() - 1).stripTrailing();
        }
      }
      out.add(new Line(s, i + 1));
    }
    return out;
  }
}
