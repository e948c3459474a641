package ai.kubiya.runner.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a JSON tree as block-style YAML, the way Kubernetes manifests are written by hand:
 * two-space indents, lists under their key, plain scalars where YAML 1.1 and 1.2 readers agree on
 * them, double quotes otherwise, literal blocks for multi-line text.
 *
 * <p>Hand-written because rendering is the SDK's hot path: Jackson's YAML generator goes through
 * SnakeYAML's general emitter, several times slower for these documents.
 */
final class YamlEmitter {
  /** Words YAML 1.1 or 1.2 reads as booleans or null (compared case-insensitively). */
  private static final Set<String> SPECIAL_WORDS = Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null", "~");
  private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`<=";

  private final StringBuilder out;

  YamlEmitter(StringBuilder out) {
    this.out = out;
  }

  /** Writes a document whose root is a map. */
  void document(JsonNode root) {
    if (root.isObject() && root.size() > 0) {
      map(root, 0);
    } else {
      value(root, 0);
      out.append('\n');
    }
  }

  private void map(JsonNode node, int indent) {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    boolean first = true;
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!first) {
        indent(indent);
      }
      first = false;
      key(field.getKey());
      out.append(':');
      valueAfterKey(field.getValue(), indent);
    }
  }

  /** A value after {@code key:} on the same line, or on the following lines. */
  private void valueAfterKey(JsonNode value, int indent) {
    if (value.isObject() && value.size() > 0) {
      out.append('\n');
      indent(indent + 2);
      map(value, indent + 2);
    } else if (value.isArray() && value.size() > 0) {
      out.append('\n');
      indent(indent);
      list(value, indent);
    } else {
      out.append(' ');
      value(value, indent + 2);
      out.append('\n');
    }
  }

  private void list(JsonNode node, int indent) {
    boolean first = true;
    for (JsonNode item : node) {
      if (!first) {
        indent(indent);
      }
      first = false;
      out.append("- ");
      if (item.isObject() && item.size() > 0) {
        map(item, indent + 2);
      } else if (item.isArray() && item.size() > 0) {
        list(item, indent + 2);
      } else {
        value(item, indent + 2);
        out.append('\n');
      }
    }
  }

  /** A scalar or an empty collection, without the line end. */
  private void value(JsonNode node, int indent) {
    if (node.isTextual()) {
      scalarString(node.textValue(), indent);
    } else if (node.isObject()) {
      out.append("{}");
    } else if (node.isArray()) {
      out.append("[]");
    } else if (node.isNull() || node.isMissingNode()) {
      out.append("null");
    } else {
      out.append(node.asText());
    }
  }

  private void key(String s) {
    if (isPlainSafe(s)) {
      out.append(s);
    } else {
      doubleQuoted(s);
    }
  }

  private void scalarString(String s, int indent) {
    if (s.indexOf('\n') >= 0 && literalAllowed(s)) {
      literal(s, indent);
    } else if (isPlainSafe(s)) {
      out.append(s);
    } else {
      doubleQuoted(s);
    }
  }

  /** Text YAML readers would take as exactly this string without quotes. */
  static boolean isPlainSafe(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char first = s.charAt(0);
    char last = s.charAt(s.length() - 1);
    if (Character.isWhitespace(first) || Character.isWhitespace(last) || INDICATORS.indexOf(first) >= 0 || last == ':') {
      return false;
    }
    if (Character.isDigit(first) || ((first == '+' || first == '.') && s.length() > 1)) {
      return false;
    }
    if (s.length() <= 5 && SPECIAL_WORDS.contains(s.toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        return false;
      }
      if ((c == ':' || c == '#') && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
        return false;
      }
      if (c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == '#') {
        return false;
      }
    }
    return true;
  }

  /**
   * Multi-line text a literal block holds exactly: printable characters, tabs and newlines only,
   * no leading space or newline (which would need an indentation indicator), at most one trailing
   * newline. Tabs and trailing spaces are content inside a literal block.
   */
  private static boolean literalAllowed(String s) {
    if (s.charAt(0) == ' ' || s.charAt(0) == '\n' || s.endsWith("\n\n")) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0)
          || c == '\u2028' || c == '\u2029' || c == '\ufeff') {
        return false;
      }
    }
    return true;
  }

  private void literal(String s, int indent) {
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
        indent(indent);
        out.append(s, start, nl);
      }
      start = nl + 1;
      if (nl == end) {
        break;
      }
    }
  }

  private void doubleQuoted(String s) {
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
          if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029' || c == '\ufeff') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  private static final String SPACES = " ".repeat(64);

  private void indent(int n) {
    int left = n;
    while (left > 0) {
      int chunk = Math.min(left, SPACES.length());
      out.append(SPACES, 0, chunk);
      left -= chunk;
    }
  }
}
