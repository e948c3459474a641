package ai.kubiya.runner.telemetry.alloy.syntax;

import java.util.List;
import java.util.Set;

/**
 * Prints statements built in code straight into the text {@code alloy fmt} gives for them, in one
 * pass over the tree: no source text, parse or elastic tab writer in between.
 *
 * <p>A built tree has one layout (the one {@link SourceWriter} writes: one statement per line,
 * non-empty objects one field per line, everything else on one line), so {@code alloy fmt}'s
 * decisions reduce to a few rules, applied here:
 *
 * <ul>
 *   <li>a blank line before a block and before a statement with comments (never before the first
 *       statement of a body), and where the comment lines hold a blank one;
 *   <li>{@code =} aligned in runs of consecutive attributes (object fields) at one depth: a run
 *       ends at a statement that is not an attribute or has comments, and after an attribute whose
 *       value spans lines (which still belongs to it);
 *   <li>each name padded with spaces to the run's longest name (in characters) plus one;
 *   <li>tabs for indentation, a comma after every field of a multi-line object.
 * </ul>
 *
 * <p>What these rules do not cover (names or labels that are not identifiers, comment lines that
 * are neither blank nor {@code //...}, control characters in literals or comments, unpaired
 * surrogates, a number followed by {@code .}) makes {@link #print} return {@code null}, and the
 * caller takes the general path. {@code BuiltPrinterTest} checks the output equals the general
 * path's for the pipeline and for generated trees.
 */
final class BuiltPrinter {
  /** A tree outside the rules; thrown without a stack trace, caught in {@link #print}. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  private static final Unsupported UNSUPPORTED = new Unsupported();

  /** Words the scanner reads as literals, never as identifiers. */
  private static final Set<String> KEYWORDS = Set.of("true", "false", "null");

  private final StringBuilder out = new StringBuilder(1_024);

  private BuiltPrinter() {}

  /**
   * The formatted text of {@code body}, ending with a newline when {@code finalNewline} (and the
   * body is not empty), or null outside the rules.
   */
  static String print(List<Stmt> body, boolean finalNewline) {
    BuiltPrinter p = new BuiltPrinter();
    try {
      p.body(body, 0, true);
    } catch (Unsupported e) {
      return null;
    }
    int length = p.out.length();
    if (!finalNewline && length > 0 && p.out.charAt(length - 1) == '\n') {
      p.out.setLength(length - 1);
    }
    return p.out.toString();
  }

  // ---- statements

  /** Writes the statements, each followed by a newline. */
  private void body(List<Stmt> body, int depth, boolean fileStart) {
    int n = body.size();
    int i = 0;
    while (i < n) {
      Stmt s = body.get(i);
      leading(s, i, depth, fileStart && i == 0);
      if (s instanceof Block b) {
        block(b, depth);
        out.append('\n');
        i++;
        continue;
      }
      int end = runEnd(body, i);
      int[] widths = new int[end - i]; // per run: runs nest (an object in an attribute)
      int width = 0;
      for (int j = i; j < end; j++) {
        widths[j - i] = identWidth(((Attribute) body.get(j)).name().name());
        width = Math.max(width, widths[j - i]);
      }
      for (int j = i; j < end; j++) {
        Attribute a = (Attribute) body.get(j);
        indent(depth);
        out.append(a.name().name());
        pad(width + 1 - widths[j - i]);
        out.append("= ");
        expr(a.value(), depth);
        out.append('\n');
      }
      i = end;
    }
  }

  /** The end (exclusive) of the run of aligned attributes starting at {@code start}. */
  private static int runEnd(List<Stmt> body, int start) {
    int j = start;
    while (true) {
      Attribute a = (Attribute) body.get(j++);
      if (j == body.size() || multiLine(a.value())) {
        return j;
      }
      Stmt next = body.get(j);
      if (!(next instanceof Attribute) || !next.leadingComments().isEmpty()) {
        return j;
      }
    }
  }

  /** The blank lines and comment lines before statement {@code i} of a body. */
  private void leading(Stmt s, int i, int depth, boolean fileStart) {
    List<String> comments = s.leadingComments();
    int first = 0;
    while (first < comments.size() && comments.get(first).isEmpty()) {
      first++;
    }
    if (first == comments.size()) {
      if (i > 0 && (s instanceof Block || !comments.isEmpty())) {
        out.append('\n');
      }
      return;
    }
    if (!fileStart && (i > 0 || first > 0)) {
      out.append('\n');
    }
    boolean blank = false;
    for (int c = first; c < comments.size(); c++) {
      String comment = comments.get(c);
      if (comment.isEmpty()) {
        blank = true;
        continue;
      }
      if (!comment.startsWith("//")) {
        throw UNSUPPORTED;
      }
      if (blank) {
        out.append('\n');
        blank = false;
      }
      indent(depth);
      plain(comment);
      out.append('\n');
    }
    if (blank) {
      out.append('\n');
    }
  }

  private void block(Block b, int depth) {
    indent(depth);
    List<String> name = b.name();
    for (int i = 0; i < name.size(); i++) {
      if (i > 0) {
        out.append('.');
      }
      identWidth(name.get(i));
      out.append(name.get(i));
    }
    if (b.label().isPresent()) {
      identWidth(b.label().get()); // the parser takes only identifiers as labels
      out.append(' ');
      plain(AlloyStrings.quote(b.label().get()));
    }
    if (b.body().isEmpty()) {
      out.append(" { }");
      return;
    }
    out.append(" {\n");
    body(b.body(), depth + 1, false);
    indent(depth);
    out.append('}');
  }

  // ---- expressions

  /** True when the expression spans lines: it holds a non-empty object. */
  private static boolean multiLine(Expr e) {
    if (e instanceof LiteralExpr || e instanceof IdentifierExpr) {
      return false;
    } else if (e instanceof ObjectExpr o) {
      return !o.fields().isEmpty();
    } else if (e instanceof ArrayExpr a) {
      return anyMultiLine(a.elements());
    } else if (e instanceof CallExpr c) {
      return multiLine(c.function()) || anyMultiLine(c.args());
    } else if (e instanceof AccessExpr a) {
      return multiLine(a.value());
    } else if (e instanceof IndexExpr x) {
      return multiLine(x.value()) || multiLine(x.index());
    } else if (e instanceof UnaryExpr u) {
      return multiLine(u.value());
    } else if (e instanceof BinaryExpr b) {
      return multiLine(b.left()) || multiLine(b.right());
    } else {
      return multiLine(((ParenExpr) e).inner());
    }
  }

  private static boolean anyMultiLine(List<Expr> exprs) {
    for (Expr e : exprs) {
      if (multiLine(e)) {
        return true;
      }
    }
    return false;
  }

  /** Writes an expression; {@code depth} is the indentation of the line it starts on. */
  private void expr(Expr e, int depth) {
    if (e instanceof LiteralExpr l) {
      plain(l.value());
    } else if (e instanceof IdentifierExpr i) {
      identWidth(i.ident().name());
      out.append(i.ident().name());
    } else if (e instanceof AccessExpr a) {
      if (a.value() instanceof LiteralExpr l && l.kind() == LiteralExpr.Kind.NUMBER) {
        throw UNSUPPORTED; // alloy fmt separates "1 ." so that it does not read as a float
      }
      expr(a.value(), depth);
      identWidth(a.name().name());
      out.append('.').append(a.name().name());
    } else if (e instanceof IndexExpr x) {
      expr(x.value(), depth);
      out.append('[');
      expr(x.index(), depth);
      out.append(']');
    } else if (e instanceof CallExpr c) {
      expr(c.function(), depth);
      out.append('(');
      list(c.args(), depth);
      out.append(')');
    } else if (e instanceof UnaryExpr u) {
      out.append(u.operator().symbol());
      expr(u.value(), depth);
    } else if (e instanceof BinaryExpr b) {
      expr(b.left(), depth);
      out.append(' ').append(b.operator().symbol()).append(' ');
      expr(b.right(), depth);
    } else if (e instanceof ParenExpr p) {
      out.append('(');
      expr(p.inner(), depth);
      out.append(')');
    } else if (e instanceof ArrayExpr a) {
      out.append('[');
      list(a.elements(), depth);
      out.append(']');
    } else {
      object((ObjectExpr) e, depth);
    }
  }

  private void list(List<Expr> items, int depth) {
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      expr(items.get(i), depth);
    }
  }

  private void object(ObjectExpr o, int depth) {
    List<ObjectField> fields = o.fields();
    if (fields.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append("{\n");
    int n = fields.size();
    int i = 0;
    while (i < n) {
      int end = i;
      while (end < n) {
        if (multiLine(fields.get(end++).value())) {
          break; // the run ends after a field whose value spans lines
        }
      }
      int[] widths = new int[end - i]; // per run: runs nest (an object in an attribute)
      int width = 0;
      for (int j = i; j < end; j++) {
        ObjectField f = fields.get(j);
        widths[j - i] = f.quoted() ? plainWidth(key(f)) : identWidth(key(f));
        width = Math.max(width, widths[j - i]);
      }
      for (int j = i; j < end; j++) {
        ObjectField f = fields.get(j);
        indent(depth + 1);
        out.append(key(f));
        pad(width + 1 - widths[j - i]);
        out.append("= ");
        expr(f.value(), depth + 1);
        out.append(",\n");
      }
      i = end;
    }
    indent(depth);
    out.append('}');
  }

  private static String key(ObjectField f) {
    String name = f.name().name();
    return f.quoted() ? AlloyStrings.quote(name) : name;
  }

  // ---- text

  private static final String TABS = "\t".repeat(16);
  private static final String SPACES = " ".repeat(64);

  private void indent(int depth) {
    repeat(TABS, depth);
  }

  private void pad(int spaces) {
    repeat(SPACES, spaces);
  }

  private void repeat(String chars, int n) {
    for (int left = n; left > 0; left -= chars.length()) {
      out.append(chars, 0, Math.min(left, chars.length()));
    }
  }

  /** Appends text that must hold no control character and no unpaired surrogate. */
  private void plain(String s) {
    checkPlain(s);
    out.append(s);
  }

  /** The width of identifier {@code s} in characters, after checking it is one. */
  private static int identWidth(String s) {
    int n = s.length();
    boolean ascii = n > 0;
    for (int i = 0; i < n && ascii; i++) {
      char c = s.charAt(i);
      ascii =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || c == '_'
              || (i > 0 && c >= '0' && c <= '9');
    }
    if (ascii) {
      if ((n == 4 || n == 5) && KEYWORDS.contains(s)) {
        throw UNSUPPORTED; // the general path reports it
      }
      return n;
    }
    if (!AlloyStrings.isIdentifier(s) || KEYWORDS.contains(s)) {
      throw UNSUPPORTED; // the general path reports it
    }
    return s.codePointCount(0, n);
  }

  /** The width of {@code s} in characters (code points), after checking it is plain. */
  private static int plainWidth(String s) {
    checkPlain(s);
    return s.codePointCount(0, s.length());
  }

  private static void checkPlain(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x20) {
        throw UNSUPPORTED;
      }
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          throw UNSUPPORTED;
        }
      }
    }
  }
}
