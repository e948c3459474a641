package ai.kubiya.runner.telemetry.alloy.component;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes maps, lists and scalars as one line of YAML flow style ({@code { a: 1, b: [x, y] }}), the
 * form the chart gives the blackbox exporter's {@code config}.
 */
final class FlowYaml {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./-][A-Za-z0-9_./:-]*");
  private static final Pattern AMBIGUOUS =
      Pattern.compile("(?i)true|false|yes|no|on|off|null|~|[-+]?[0-9][0-9_.eE+-]*");

  private FlowYaml() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{ ");
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          out.append(", ");
        }
        first = false;
        scalar(String.valueOf(e.getKey()), out);
        out.append(": ");
        write(e.getValue(), out);
      }
      out.append(" }");
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        write(list.get(i), out);
      }
      out.append(']');
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else {
      scalar(String.valueOf(value), out);
    }
  }

  private static void scalar(String s, StringBuilder out) {
    if (PLAIN.matcher(s).matches() && (!AMBIGUOUS.matcher(s).matches() || isDurationLike(s))) {
      out.append(s);
      return;
    }
    out.append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static boolean isDurationLike(String s) {
    return s.matches("[0-9]+(ms|s|m|h|d|w|y)");
  }
}
