package ai.kubiya.runner.telemetry.alloy.syntax;

/** Quoting, unquoting and identifier rules of Alloy string literals (Go-style escapes). */
public final class AlloyStrings {
  private AlloyStrings() {}

  /** The length of {@code s} in UTF-8 bytes (source offsets count bytes, as Alloy's do). */
  public static int utf8Length(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /**
   * True when {@code s} is a valid identifier: a letter or {@code _}, then letters, digits, {@code
   * _}.
   */
  public static boolean isIdentifier(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      boolean ok = cp == '_' || Character.isLetter(cp) || (i > 0 && Character.isDigit(cp));
      if (!ok) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** {@code s} as a double-quoted literal, escaped like Go's {@code strconv.Quote}. */
  public static String quote(String s) {
    if (plainAscii(s)) {
      return "\"" + s + "\"";
    }
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case 0x07 -> out.append("\\a");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case 0x0B -> out.append("\\v");
        default -> {
          if (isPrintable(cp)) {
            out.appendCodePoint(cp);
          } else if (cp < ' ' || cp == 0x7f) {
            out.append(String.format("\\x%02x", cp));
          } else if (cp < 0x10000) {
            out.append(String.format("\\u%04x", cp));
          } else {
            out.append(String.format("\\U%08x", cp));
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** True when {@code s} is printable ASCII without quote or backslash: quoted as it is. */
  private static boolean plainAscii(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c < ' ' || c >= 0x7f || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  private static boolean isPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.CONTROL,
      Character.FORMAT,
      Character.SURROGATE,
      Character.PRIVATE_USE,
      Character.UNASSIGNED,
      Character.LINE_SEPARATOR,
      Character.PARAGRAPH_SEPARATOR,
      Character.SPACE_SEPARATOR:
        return false;
      default:
        return true;
    }
  }

  /**
   * The value of a string literal: a raw {@code `...`} literal verbatim, a {@code "..."} literal
   * with its escapes resolved.
   *
   * @throws IllegalArgumentException for a malformed literal, with a message saying why
   */
  public static String unquote(String literal) {
    if (literal.length() >= 2 && literal.startsWith("`") && literal.endsWith("`")) {
      return literal.substring(1, literal.length() - 1);
    }
    if (literal.length() < 2 || !literal.startsWith("\"") || !literal.endsWith("\"")) {
      throw new IllegalArgumentException("not a string literal: " + literal);
    }
    String body = literal.substring(1, literal.length() - 1);
    StringBuilder out = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); ) {
      char c = body.charAt(i);
      if (c != '\\') {
        out.append(c);
        i++;
        continue;
      }
      if (i + 1 >= body.length()) {
        throw new IllegalArgumentException("escape sequence not terminated");
      }
      char e = body.charAt(i + 1);
      i += 2;
      switch (e) {
        case 'a' -> out.append((char) 7);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'v' -> out.append((char) 0x0B);
        case '\\' -> out.append('\\');
        case '"' -> out.append('"');
        case 'x' -> {
          out.append((char) hex(body, i, 2));
          i += 2;
        }
        case 'u' -> {
          out.appendCodePoint(codePoint(hex(body, i, 4)));
          i += 4;
        }
        case 'U' -> {
          out.appendCodePoint(codePoint(hex(body, i, 8)));
          i += 8;
        }
        default -> {
          if (e >= '0' && e <= '7') {
            int v = octal(body, i - 1);
            out.append((char) v);
            i += 2;
          } else {
            throw new IllegalArgumentException("unknown escape sequence \\" + e);
          }
        }
      }
    }
    return out.toString();
  }

  private static int hex(String s, int from, int digits) {
    if (from + digits > s.length()) {
      throw new IllegalArgumentException("escape sequence not terminated");
    }
    int v = 0;
    for (int k = from; k < from + digits; k++) {
      int d = Character.digit(s.charAt(k), 16);
      if (d < 0) {
        throw new IllegalArgumentException("illegal character in escape sequence");
      }
      v = v * 16 + d;
    }
    return v;
  }

  private static int octal(String s, int from) {
    if (from + 3 > s.length()) {
      throw new IllegalArgumentException("escape sequence not terminated");
    }
    int v = 0;
    for (int k = from; k < from + 3; k++) {
      int d = s.charAt(k) - '0';
      if (d < 0 || d > 7) {
        throw new IllegalArgumentException("illegal character in escape sequence");
      }
      v = v * 8 + d;
    }
    if (v > 255) {
      throw new IllegalArgumentException("escape sequence is invalid Unicode code point");
    }
    return v;
  }

  private static int codePoint(int v) {
    if (v > Character.MAX_CODE_POINT || (v >= 0xD800 && v < 0xE000)) {
      throw new IllegalArgumentException("escape sequence is invalid Unicode code point");
    }
    return v;
  }
}
