package ai.kubiya.runner.model.internal;

import ai.kubiya.runner.model.values.ValuesException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Helm {@code --set} expressions: {@code a.b=c,d=e}, list indices ({@code list[0].name=x}),
 * escaped dots and commas ({@code a\.b=c\,d}), list literals ({@code a={x,y}}), and scalars typed
 * as Helm types them ({@code true}/{@code false} in any case, integers not starting with {@code 0},
 * {@code null} to remove a key; everything else is a string). {@code --set-string} keeps every
 * value a string.
 *
 * <p>Helm parses {@code --set} into the merged values files, so an index into a list a values file
 * defines changes that element and keeps the others: {@link #applyTo(Map)}. {@link #overlay()} is
 * the expressions alone, over nothing.
 */
public final class SetExpressions {
  /** Helm's largest list index. */
  private static final int MAX_INDEX = 65536;

  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");

  private final Map<String, Object> overlay = new LinkedHashMap<>();
  private final List<Assignment> assignments = new ArrayList<>();

  /** One parsed {@code key=value}: key segments (names and list indices) and the typed value. */
  private static final class Assignment {
    final List<Object> key;
    final Object value;

    Assignment(List<Object> key, Object value) {
      this.key = key;
      this.value = value;
    }
  }

  /** Parses one {@code --set} argument (possibly several comma-separated assignments). */
  public SetExpressions add(String expression) {
    return add(expression, false);
  }

  /** Parses one {@code --set-string} argument: every value stays a string. */
  public SetExpressions addString(String expression) {
    return add(expression, true);
  }

  /** The expressions over an empty tree; {@code null} values mean "remove this key". */
  public Map<String, Object> overlay() {
    return overlay;
  }

  /**
   * A copy of {@code base} with every expression applied in order, as Helm applies {@code --set} to
   * the merged values files; {@code base} is not modified.
   */
  public Map<String, Object> applyTo(Map<String, Object> base) {
    Map<String, Object> out = HelmMerge.deepCopy(base);
    for (Assignment a : assignments) {
      assign(out, a.key, 0, copy(a.value));
    }
    return out;
  }

  private SetExpressions add(String expression, boolean asString) {
    String flag = asString ? "--set-string" : "--set";
    int at = 0;
    int number = 1;
    while (at < expression.length()) {
      int eq = find(expression, at, "=,");
      if (eq < 0 || expression.charAt(eq) == ',') {
        // no key can be told from a value here: name the position only, never the text
        throw new ValuesException(flag, where(number, at) + "expected key=value");
      }
      String keyText = expression.substring(at, eq);
      List<Object> key = parseKey(keyText, flag, number, at);
      String path = pathOf(key, key.size());
      Object value;
      int end;
      if (eq + 1 < expression.length() && expression.charAt(eq + 1) == '{') {
        int close = find(expression, eq + 2, "}");
        if (close < 0) {
          throw new ValuesException(
              flag + " " + path, where(number, eq + 1) + "a list must end with '}'");
        }
        value = parseList(expression.substring(eq + 2, close), asString);
        end = close + 1;
        if (end < expression.length() && expression.charAt(end) != ',') {
          throw new ValuesException(
              flag + " " + path, where(number, end) + "unexpected text after the list's '}'");
        }
      } else {
        int comma = find(expression, eq + 1, ",");
        end = comma < 0 ? expression.length() : comma;
        value = typed(unescape(expression.substring(eq + 1, end)), asString);
      }
      assign(overlay, key, 0, value);
      assignments.add(new Assignment(key, copy(value)));
      at = end + 1;
      number++;
    }
    return this;
  }

  /**
   * Where in the argument an error is: the assignment's number and the character's. Errors name
   * positions and key paths, never the expression's text: a value may be a secret, and a mistyped
   * expression may have its value where its key should be.
   */
  private static String where(int assignment, int offset) {
    return "assignment " + assignment + ", character " + (offset + 1) + ": ";
  }

  /** The key segments {@code [0, end)} as a values path ({@code a.b[2].c}). */
  static String pathOf(List<Object> key, int end) {
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < end; i++) {
      Object segment = key.get(i);
      if (segment instanceof Integer) {
        path.append('[').append(segment).append(']');
      } else {
        path.append(path.length() == 0 ? "" : ".").append(segment);
      }
    }
    return path.toString();
  }

  /**
   * The index of the first of {@code chars} at or after {@code from} that is not escaped, or -1.
   */
  private static int find(String s, int from, String chars) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (chars.indexOf(c) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static List<Object> parseList(String inner, boolean asString) {
    List<Object> list = new ArrayList<>();
    if (inner.isEmpty()) {
      return list;
    }
    int at = 0;
    while (true) {
      int comma = find(inner, at, ",");
      int end = comma < 0 ? inner.length() : comma;
      list.add(typed(unescape(inner.substring(at, end)), asString));
      if (comma < 0) {
        return list;
      }
      at = comma + 1;
    }
  }

  /** Key segments: strings for map keys, Integers for list indices. */
  private static List<Object> parseKey(String key, String flag, int number, int offset) {
    List<Object> segments = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int segmentStart = 0;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '\\' && i + 1 < key.length()) {
        cur.append(key.charAt(++i));
      } else if (c == '.') {
        addSegment(segments, cur.toString(), flag, number, offset + segmentStart);
        cur.setLength(0);
        segmentStart = i + 1;
      } else {
        cur.append(c);
      }
    }
    addSegment(segments, cur.toString(), flag, number, offset + segmentStart);
    return segments;
  }

  private static void addSegment(
      List<Object> segments, String segment, String flag, int number, int offset) {
    int bracket = segment.indexOf('[');
    String name = bracket < 0 ? segment : segment.substring(0, bracket);
    if (name.isEmpty()) {
      String before = segments.isEmpty() ? flag : flag + " " + pathOf(segments, segments.size());
      String reason =
          segments.isEmpty() ? "empty key segment at the start" : "empty key segment after it";
      throw new ValuesException(before, where(number, offset) + reason);
    }
    segments.add(name);
    if (bracket >= 0) {
      Matcher m = INDEX.matcher(segment.substring(bracket));
      int end = 0;
      while (m.find() && m.start() == end) {
        String digits = m.group(1);
        if (digits.length() > 6 || Integer.parseInt(digits) > MAX_INDEX) {
          throw new ValuesException(
              flag + " " + pathOf(segments, segments.size()),
              where(number, offset + bracket + end) + "a list index greater than " + MAX_INDEX);
        }
        segments.add(Integer.parseInt(digits));
        end = m.end();
      }
      if (end != segment.length() - bracket) {
        throw new ValuesException(
            flag + " " + pathOf(segments, segments.size()),
            where(number, offset + bracket + end)
                + "malformed list index (expected [N] with N a number)");
      }
    }
  }

  /** A scalar typed as Helm's strvals types it. */
  private static Object typed(String value, boolean asString) {
    if (asString) {
      return value;
    }
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return Boolean.valueOf(value.toLowerCase(java.util.Locale.ROOT));
    }
    if (value.equalsIgnoreCase("null")) {
      return null;
    }
    if (value.equals("0")) {
      return 0;
    }
    if (!value.isEmpty() && value.charAt(0) != '0' && INTEGER.matcher(value).matches()) {
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
  private static Object copy(Object value) {
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>();
      ((List<Object>) value).forEach(v -> copy.add(copy(v)));
      return copy;
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static void assign(Object container, List<Object> segments, int at, Object value) {
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
        assign(list.get(index), segments, at + 1, value);
      }
      return;
    }
    Map<String, Object> map = (Map<String, Object>) container;
    String key = (String) segment;
    if (last) {
      map.put(key, value);
    } else {
      map.put(key, childContainer(map.get(key), segments.get(at + 1)));
      assign(map.get(key), segments, at + 1, value);
    }
  }

  /** The existing child when it has the right kind, else a new one (Helm replaces it). */
  private static Object childContainer(Object existing, Object nextSegment) {
    if (nextSegment instanceof Integer) {
      return existing instanceof List ? existing : new ArrayList<>();
    }
    return existing instanceof Map ? existing : new LinkedHashMap<String, Object>();
  }
}
