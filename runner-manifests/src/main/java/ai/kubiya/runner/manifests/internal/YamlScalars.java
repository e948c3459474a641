package ai.kubiya.runner.manifests.internal;

import java.util.Set;

/**
 * How {@link YamlWriter} writes strings: plain where YAML 1.1 and 1.2 readers agree on them,
 * literal blocks for multi-line text, double quotes otherwise.
 */
public final class YamlScalars {
  /** Words YAML 1.1 or 1.2 reads as booleans or null (compared case-insensitively). */
  static final Set<String> SPECIAL_WORDS =
      Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null", "~");

  private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`<=";

  private YamlScalars() {}

  static void key(StringBuilder out, String s) {
    if (isPlainSafe(s)) {
      out.append(s);
    } else {
      doubleQuoted(out, s);
    }
  }

  static void scalar(StringBuilder out, String s, int indent) {
    if (s.indexOf('\n') >= 0 && literalAllowed(s)) {
      literal(out, s, indent);
    } else if (isPlainSafe(s)) {
      out.append(s);
    } else {
      doubleQuoted(out, s);
    }
  }

  /** Text YAML readers would take as exactly this string without quotes. */
  static boolean isPlainSafe(String s) {
    int length = s.length();
    if (length == 0) {
      return false;
    }
    char first = s.charAt(0);
    char last = s.charAt(length - 1);
    if (Character.isWhitespace(first)
        || Character.isWhitespace(last)
        || INDICATORS.indexOf(first) >= 0
        || last == ':') {
      return false;
    }
    if (Character.isDigit(first) || ((first == '+' || first == '.') && length > 1)) {
      return false;
    }
    if (length <= 5 && isSpecialWord(s)) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c < ORDINARY.length && ORDINARY[c]) {
        continue; // the common case: one look-up
      }
      if (c < 0x20 || c > 0x7e) {
        return false;
      }
      if ((c == ':' || c == '#') && i + 1 < length && s.charAt(i + 1) == ' ') {
        return false;
      }
      if (c == ' ' && i + 1 < length && s.charAt(i + 1) == '#') {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code ORDINARY[c]}: a printable ASCII character that is never part of a {@code ": "}, {@code "
   * #"} or {@code "# "} pair, so the loop above need not look further at it.
   */
  private static final boolean[] ORDINARY = ordinary();

  private static boolean[] ordinary() {
    boolean[] out = new boolean[0x7f];
    for (char c = 0x20; c <= 0x7e; c++) {
      out[c] = c != ':' && c != '#' && c != ' ';
    }
    return out;
  }

  /**
   * One of {@link #SPECIAL_WORDS}, compared as {@code toLowerCase(Locale.ROOT)} would, without the
   * lower-cased copy or a set look-up: the words are ASCII, and no other character lower-cases to
   * one of their letters ({@code YamlScalarsTest} holds this to the set).
   */
  static boolean isSpecialWord(String s) {
    switch (s.length()) {
      case 1:
        char c = lower(s.charAt(0));
        return c == 'y' || c == 'n' || c == '~';
      case 2:
        return lowerEquals(s, "no") || lowerEquals(s, "on");
      case 3:
        return lowerEquals(s, "yes") || lowerEquals(s, "off");
      case 4:
        return lowerEquals(s, "true") || lowerEquals(s, "null");
      case 5:
        return lowerEquals(s, "false");
      default:
        return false;
    }
  }

  /** {@code s}, ASCII letters lower-cased, equals {@code word} (of the same length). */
  private static boolean lowerEquals(String s, String word) {
    for (int i = 0; i < word.length(); i++) {
      if (lower(s.charAt(i)) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /**
   * Multi-line text a literal block holds exactly: printable characters, tabs and newlines only, no
   * leading space or newline (which would need an indentation indicator), at most one trailing
   * newline. Tabs and trailing spaces are content inside a literal block.
   */
  private static boolean literalAllowed(String s) {
    if (s.charAt(0) == ' ' || s.charAt(0) == '\n' || s.endsWith("\n\n")) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7f) {
        continue; // printable ASCII, the common case: one range check
      }
      if ((c < 0x20 && c != '\n' && c != '\t')
          || c == 0x7f
          || (c >= 0x80 && c < 0xa0)
          || c == '\u2028'
          || c == '\u2029'
          || c == '\ufeff') {
        return false;
      }
    }
    return true;
  }

  private static void literal(StringBuilder out, String s, int indent) {
    out.append('|');
    if (!s.endsWith("\n")) {
      out.append('-');
    }
    int start = 0;
    int end = s.endsWith("\n") ? s.length() - 1 : s.length();
    while (start <= end) {
      int nl = s.indexOf('\n', start);
      if (nl < 0 || nl > end) {
        nl = end;
      }
      out.append('\n');
      if (nl > start) {
        indent(out, indent);
        out.append(s, start, nl);
      }
      start = nl + 1;
      if (nl == end) {
        break;
      }
    }
  }

  private static void doubleQuoted(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\r':
          out.append("\\r");
          break;
        default:
          if (c < 0x20
              || c == 0x7f
              || (c >= 0x80 && c < 0xa0)
              || c == '\u2028'
              || c == '\u2029'
              || c == '\ufeff') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  static void indent(StringBuilder out, int n) {
    int left = n;
    while (left > 0) {
      int chunk = Math.min(left, INDENTS.length - 1);
      out.append(INDENTS[chunk]); // a whole String: a bulk copy, not a loop over characters
      left -= chunk;
    }
  }

  /** {@code INDENTS[n]} is n spaces. */
  private static final String[] INDENTS = indents(64);

  private static String[] indents(int max) {
    String[] out = new String[max + 1];
    for (int n = 0; n <= max; n++) {
      out[n] = " ".repeat(n);
    }
    return out;
  }
}
