package ai.kubiya.runner.telemetry.alloy.syntax;

import java.nio.charset.StandardCharsets;

/**
 * Splits Alloy source (UTF-8 bytes) into tokens. Offsets are byte offsets. A TERMINATOR is inserted
 * at a newline (or end of input) after a token that can end a statement: identifiers, literals,
 * {@code )}, {@code ]} and {@code }}.
 */
final class Scanner {
  interface ErrorHandler {
    void error(int offset, String message);
  }

  static final int EOF = -1;
  private static final int BOM = 0xFEFF;

  private final byte[] src;
  private final LineTable lines;
  private final ErrorHandler errors;
  private final boolean includeComments;

  private int ch;
  private int offset;
  private int readOffset;
  private boolean insertTerm;

  // result of the last scan
  int pos;
  Token tok;
  String lit;

  Scanner(byte[] src, LineTable lines, ErrorHandler errors, boolean includeComments) {
    this.src = src;
    this.lines = lines;
    this.errors = errors;
    this.includeComments = includeComments;
    next();
    if (ch == BOM) {
      next();
    }
  }

  private void error(int at, String message) {
    if (errors != null) {
      errors.error(at, message);
    }
  }

  private int peek() {
    return readOffset < src.length ? src[readOffset] & 0xff : 0;
  }

  private void next() {
    if (readOffset >= src.length) {
      offset = src.length;
      if (ch == '\n') {
        lines.addLine(offset);
      }
      ch = EOF;
      return;
    }
    offset = readOffset;
    if (ch == '\n') {
      lines.addLine(offset);
    }
    int b = src[readOffset] & 0xff;
    int r = b;
    int width = 1;
    if (b == 0) {
      error(offset, "illegal character NUL");
    } else if (b >= 0x80) {
      long decoded = decodeRune(src, readOffset);
      r = (int) (decoded >> 8);
      width = (int) (decoded & 0xff);
      if (r == 0xFFFD && width == 1) {
        error(offset, "illegal UTF-8 encoding");
      } else if (r == BOM && offset > 0) {
        error(offset, "illegal byte order mark");
      }
    }
    readOffset += width;
    ch = r;
  }

  /** Decodes one UTF-8 rune: (rune << 8) | width; invalid input gives U+FFFD of width 1. */
  static long decodeRune(byte[] b, int at) {
    int b0 = b[at] & 0xff;
    int need;
    int min;
    int cp;
    if (b0 < 0x80) {
      return ((long) b0 << 8) | 1;
    } else if (b0 >= 0xC2 && b0 <= 0xDF) {
      need = 1;
      cp = b0 & 0x1F;
      min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      need = 2;
      cp = b0 & 0x0F;
      min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      need = 3;
      cp = b0 & 0x07;
      min = 0x10000;
    } else {
      return (0xFFFDL << 8) | 1;
    }
    if (at + need >= b.length) {
      return (0xFFFDL << 8) | 1;
    }
    for (int i = 1; i <= need; i++) {
      int c = b[at + i] & 0xff;
      if ((c & 0xC0) != 0x80) {
        return (0xFFFDL << 8) | 1;
      }
      cp = (cp << 6) | (c & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000)) {
      return (0xFFFDL << 8) | 1;
    }
    return ((long) cp << 8) | (need + 1);
  }

  /** Scans the next token into {@link #pos}, {@link #tok} and {@link #lit}. */
  void scan() {
    while (true) {
      skipWhitespace();
      pos = offset;
      lit = "";
      boolean term = false;
      int c = ch;
      if (isLetter(c)) {
        lit = scanIdentifier();
        tok =
            lit.equals("true") || lit.equals("false")
                ? Token.BOOL
                : lit.equals("null") ? Token.NULL : Token.IDENT;
        term = true;
      } else if (isDecimal(c) || (c == '.' && isDecimal(peek()))) {
        term = true;
        scanNumber();
      } else {
        next();
        switch (c) {
          case EOF:
            if (insertTerm) {
              insertTerm = false;
              tok = Token.TERMINATOR;
              lit = "\n";
              return;
            }
            tok = Token.EOF;
            break;
          case '\n':
            insertTerm = false;
            tok = Token.TERMINATOR;
            lit = "\n";
            return;
          case '\'':
            error(pos, "illegal single-quoted string; use double quotes");
            term = true;
            tok = Token.ILLEGAL;
            lit = scanString('\'', true, false);
            break;
          case '"':
            term = true;
            tok = Token.STRING;
            lit = scanString('"', true, false);
            break;
          case '`':
            term = true;
            tok = Token.STRING;
            lit = scanString('`', false, true);
            break;
          case '|':
            if (ch != '|') {
              error(offset, "missing second | in ||");
            } else {
              next();
            }
            tok = Token.OR;
            break;
          case '&':
            if (ch != '&') {
              error(offset, "missing second & in &&");
            } else {
              next();
            }
            tok = Token.AND;
            break;
          case '!':
            tok = switch2(Token.NOT, Token.NEQ);
            break;
          case '=':
            tok = switch2(Token.ASSIGN, Token.EQ);
            break;
          case '<':
            tok = switch2(Token.LT, Token.LTE);
            break;
          case '>':
            tok = switch2(Token.GT, Token.GTE);
            break;
          case '+':
            tok = Token.ADD;
            break;
          case '-':
            tok = Token.SUB;
            break;
          case '*':
            tok = Token.MUL;
            break;
          case '/':
            if (ch == '/' || ch == '*') {
              if (insertTerm && findLineEnd()) {
                ch = '/';
                offset = pos;
                readOffset = offset + 1;
                insertTerm = false;
                tok = Token.TERMINATOR;
                lit = "\n";
                return;
              }
              String comment = scanComment();
              if (!includeComments) {
                insertTerm = false;
                continue;
              }
              tok = Token.COMMENT;
              lit = comment;
            } else {
              tok = Token.DIV;
            }
            break;
          case '%':
            tok = Token.MOD;
            break;
          case '^':
            tok = Token.POW;
            break;
          case '{':
            tok = Token.LCURLY;
            break;
          case '}':
            term = true;
            tok = Token.RCURLY;
            break;
          case '(':
            tok = Token.LPAREN;
            break;
          case ')':
            term = true;
            tok = Token.RPAREN;
            break;
          case '[':
            tok = Token.LBRACK;
            break;
          case ']':
            term = true;
            tok = Token.RBRACK;
            break;
          case ',':
            tok = Token.COMMA;
            break;
          case '.':
            tok = Token.DOT;
            break;
          default:
            if (c != BOM) {
              error(pos, "illegal character " + describeRune(c));
            }
            term = insertTerm;
            tok = Token.ILLEGAL;
            lit = new String(Character.toChars(c));
        }
      }
      insertTerm = term;
      return;
    }
  }

  /** Go's {@code %#U}: {@code U+0040 '@'}. */
  static String describeRune(int c) {
    String hex = String.format("U+%04X", c);
    int type = Character.getType(c);
    boolean printable =
        c != 0xFFFD
            && type != Character.CONTROL
            && type != Character.FORMAT
            && type != Character.SURROGATE
            && type != Character.PRIVATE_USE
            && type != Character.UNASSIGNED
            && type != Character.LINE_SEPARATOR
            && type != Character.PARAGRAPH_SEPARATOR
            && (type != Character.SPACE_SEPARATOR || c == ' ');
    return printable || c == 0xFFFD ? hex + " '" + new String(Character.toChars(c)) + "'" : hex;
  }

  private void skipWhitespace() {
    while (ch == ' ' || ch == '\t' || ch == '\r' || (ch == '\n' && !insertTerm)) {
      next();
    }
  }

  static boolean isLetter(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || c == '_'
        || (c >= 0x80 && Character.isLetter(c));
  }

  static boolean isDecimal(int c) {
    return c >= '0' && c <= '9';
  }

  static boolean isDigit(int c) {
    return isDecimal(c) || (c >= 0x80 && Character.isDigit(c));
  }

  private String scanIdentifier() {
    int start = offset;
    while (isLetter(ch) || isDigit(ch)) {
      next();
    }
    return text(start, offset);
  }

  private void scanNumber() {
    int start = offset;
    tok = Token.NUMBER;
    if (ch != '.') {
      digits();
    }
    if (ch == '.') {
      tok = Token.FLOAT;
      next();
      digits();
    }
    if (ch == 'e' || ch == 'E') {
      tok = Token.FLOAT;
      next();
      if (ch == '+' || ch == '-') {
        next();
      }
      if (digits() == 0) {
        error(start, "exponent has no digits");
      }
    }
    lit = text(start, offset);
  }

  private int digits() {
    int n = 0;
    while (isDecimal(ch)) {
      next();
      n++;
    }
    return n;
  }

  private String scanString(int until, boolean escape, boolean multiline) {
    int start = offset - 1;
    while (true) {
      int c = ch;
      if ((!multiline && c == '\n') || c == EOF) {
        error(start, "string literal not terminated");
        break;
      }
      next();
      if (c == until) {
        break;
      }
      if (escape && c == '\\') {
        scanEscape();
      }
    }
    return text(start, offset);
  }

  private void scanEscape() {
    int start = offset;
    int n;
    int base;
    int max;
    switch (ch) {
      case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\', '"':
        next();
        return;
      case '0', '1', '2', '3', '4', '5', '6', '7':
        n = 3;
        base = 8;
        max = 255;
        break;
      case 'x':
        next();
        n = 2;
        base = 16;
        max = 255;
        break;
      case 'u':
        next();
        n = 4;
        base = 16;
        max = 0x10FFFF;
        break;
      case 'U':
        next();
        n = 8;
        base = 16;
        max = 0x10FFFF;
        break;
      default:
        error(start, ch == EOF ? "escape sequence not terminated" : "unknown escape sequence");
        return;
    }
    long x = 0;
    while (n > 0) {
      int d = digitVal(ch);
      if (d >= base) {
        error(
            start,
            ch == EOF
                ? "escape sequence not terminated"
                : "illegal character " + describeRune(ch) + " in escape sequence");
        return;
      }
      x = x * base + d;
      next();
      n--;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
      error(start, "escape sequence is invalid Unicode code point");
    }
  }

  private static int digitVal(int c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    int l = c | 0x20;
    if (l >= 'a' && l <= 'f') {
      return l - 'a' + 10;
    }
    return 16;
  }

  private String scanComment() {
    int start = offset - 1;
    boolean block = false;
    boolean sawCr = false;
    if (ch == '/') {
      next();
      while (ch != '\n' && ch != EOF) {
        sawCr |= ch == '\r';
        next();
      }
    } else {
      block = true;
      next();
      boolean closed = false;
      while (ch != EOF) {
        int c = ch;
        sawCr |= c == '\r';
        next();
        if (c == '*' && ch == '/') {
          next();
          closed = true;
          break;
        }
      }
      if (!closed) {
        error(start, "block comment not terminated");
      }
    }
    String text = text(start, offset);
    if (sawCr) {
      if (text.endsWith("\r")) {
        text = text.substring(0, text.length() - 1);
      }
      text = stripCr(text, block);
    }
    return text;
  }

  private static String stripCr(String s, boolean block) {
    StringBuilder out = new StringBuilder(s.length());
    for (int j = 0; j < s.length(); j++) {
      char c = s.charAt(j);
      boolean keep =
          c != '\r'
              || (block
                  && out.length() > 2
                  && out.charAt(out.length() - 1) == '*'
                  && j + 1 < s.length()
                  && s.charAt(j + 1) == '/');
      if (keep) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether the comment starting at the consumed '/' runs to the end of the line. */
  private boolean findLineEnd() {
    int start = offset - 1;
    try {
      while (ch == '/' || ch == '*') {
        if (ch == '/') {
          return true;
        }
        next();
        while (ch != EOF) {
          int c = ch;
          if (c == '\n') {
            return true;
          }
          next();
          if (c == '*' && ch == '/') {
            next();
            break;
          }
        }
        skipWhitespace();
        if (ch == EOF || ch == '\n') {
          return true;
        }
        if (ch != '/') {
          return false;
        }
        next();
      }
      return false;
    } finally {
      ch = '/';
      offset = start;
      readOffset = start + 1;
      next();
    }
  }

  private Token switch2(Token a, Token b) {
    if (ch == '=') {
      next();
      return b;
    }
    return a;
  }

  private String text(int from, int to) {
    return new String(src, from, to - from, StandardCharsets.UTF_8);
  }
}
