package ai.kubiya.runner.model.values;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Helm {@code --set} expressions into a values overlay: {@code a.b=c,d=e}, list indices
 * ({@code list[0].name=x}), escaped dots and commas ({@code a\.b=c\,d}), list literals ({@code
 * a={x,y}}), typed scalars ({@code true}, {@code false}, integers, {@code null} to remove a key).
 * Several expressions accumulate into one overlay, as Helm does before merging it over the values
 * files.
 */
public final class SetExpressions {
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");

  private final Map<String, Object> overlay = new LinkedHashMap<>();

  /** Parses one {@code --set} argument (possibly several comma-separated assignments). */
  public SetExpressions add(String expression) {
    return add(expression, false);
  }

  /** Parses one {@code --set-string} argument: every value stays a string. */
  public SetExpressions addString(String expression) {
    return add(expression, true);
  }

  private SetExpressions add(String expression, boolean asString) {
    for (String assignment : splitTopLevel(expression)) {
      int eq = indexOfUnescaped(assignment, '=');
      if (eq <= 0) {
        throw new ValuesException("--set " + assignment, "expected key=value");
      }
      String key = assignment.substring(0, eq);
      String raw = assignment.substring(eq + 1);
      Object value = parseValue(raw, asString);
      assign(overlay, parseKey(key, assignment), 0, value, assignment);
    }
    return this;
  }

  /** The accumulated overlay; {@code null} values mean "remove this key". */
  public Map<String, Object> overlay() {
    return overlay;
  }

  private static List<String> splitTopLevel(String s) {
    List<String> parts = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        cur.append(c).append(s.charAt(++i));
        continue;
      }
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth = Math.max(0, depth - 1);
      } else if (c == ',' && depth == 0) {
        parts.add(cur.toString());
        cur.setLength(0);
        continue;
      }
      cur.append(c);
    }
    if (cur.length() > 0) {
      parts.add(cur.toString());
    }
    return parts;
  }

  private static int indexOfUnescaped(String s, char target) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == target) {
        return i;
      }
    }
    return -1;
  }

  /** Key segments: strings for map keys, Integers for list indices. */
  private static List<Object> parseKey(String key, String assignment) {
    List<Object> segments = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '\\' && i + 1 < key.length()) {
        cur.append(key.charAt(++i));
      } else if (c == '.') {
        addSegment(segments, cur.toString(), assignment);
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    addSegment(segments, cur.toString(), assignment);
    return segments;
  }

  private static void addSegment(List<Object> segments, String segment, String assignment) {
    int bracket = segment.indexOf('[');
    String name = bracket < 0 ? segment : segment.substring(0, bracket);
    if (name.isEmpty()) {
      throw new ValuesException("--set " + assignment, "empty key segment");
    }
    segments.add(name);
    if (bracket >= 0) {
      Matcher m = INDEX.matcher(segment.substring(bracket));
      int end = 0;
      while (m.find() && m.start() == end) {
        segments.add(Integer.parseInt(m.group(1)));
        end = m.end();
      }
      if (end != segment.length() - bracket) {
        throw new ValuesException("--set " + assignment, "malformed list index in '" + segment + "'");
      }
    }
  }

  private static Object parseValue(String raw, boolean asString) {
    if (raw.startsWith("{") && raw.endsWith("}")) {
      List<Object> list = new ArrayList<>();
      String inner = raw.substring(1, raw.length() - 1);
      if (!inner.isEmpty()) {
        for (String item : splitTopLevel(inner)) {
          list.add(parseValue(item, asString));
        }
      }
      return list;
    }
    String value = unescape(raw);
    if (asString) {
      return value;
    }
    if (value.equals("true") || value.equals("false")) {
      return Boolean.valueOf(value);
    }
    if (value.equals("null")) {
      return null;
    }
    if (INTEGER.matcher(value).matches()) {
      try {
        long n = Long.parseLong(value);
        return n == (int) n ? (Object) (int) n : (Object) n;
      } catch (NumberFormatException e) {
        return value;
      }
    }
    return value;
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        out.append(s.charAt(++i));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  private static void assign(
      Object container, List<Object> segments, int at, Object value, String assignment) {
    Object segment = segments.get(at);
    boolean last = at == segments.size() - 1;
    if (segment instanceof Integer) {
      List<Object> list = (List<Object>) container;
      int index = (Integer) segment;
      while (list.size() <= index) {
        list.add(null);
      }
      if (last) {
        list.set(index, value);
      } else {
        list.set(index, childContainer(list.get(index), segments.get(at + 1)));
        assign(list.get(index), segments, at + 1, value, assignment);
      }
      return;
    }
    if (!(container instanceof Map)) {
      throw new ValuesException("--set " + assignment, "'" + segment + "' is not a map");
    }
    Map<String, Object> map = (Map<String, Object>) container;
    String key = (String) segment;
    if (last) {
      map.put(key, value);
    } else {
      map.put(key, childContainer(map.get(key), segments.get(at + 1)));
      assign(map.get(key), segments, at + 1, value, assignment);
    }
  }

  private static Object childContainer(Object existing, Object nextSegment) {
    if (nextSegment instanceof Integer) {
      return existing instanceof List ? existing : new ArrayList<>();
    }
    return existing instanceof Map ? existing : new LinkedHashMap<String, Object>();
  }
}
