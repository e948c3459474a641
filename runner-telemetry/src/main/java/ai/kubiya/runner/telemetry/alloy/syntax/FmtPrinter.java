package ai.kubiya.runner.telemetry.alloy.syntax;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The token printer behind {@code alloy fmt}: receives tokens and whitespace intents from {@link
 * FmtWalker}, interleaves the source's comments by position, tracks indentation, and writes text in
 * which tabs and vertical tabs delimit alignment cells for {@link ElasticTabWriter}.
 */
final class FmtPrinter {
  /** Whitespace intents; written lazily, before the next token. */
  enum Ws {
    IGNORE(0),
    BLANK(' '),
    VTAB(0x0B),
    NEWLINE('\n'),
    FORMFEED('\f'),
    INDENT(0),
    UNINDENT(0);

    final int ch;

    Ws(int ch) {
      this.ch = ch;
    }
  }

  private static final int MAX_WHITESPACE = 16;
  private static final int MAX_NEWLINES = 2;

  private final AlloyFile file;
  private final ByteBuffer output = new ByteBuffer();
  private int indent;
  private Token lastTok = Token.ILLEGAL;
  private final Ws[] whitespace = new Ws[MAX_WHITESPACE];
  private int wsLen;

  private final List<CommentGroup> comments;
  private int commentIdx;
  private CommentGroup curComments;
  private Loc commentPos; // null when no comment is pending

  // AST-space position (approximate) and output-space position
  private int posOffset;
  private int posLine = 1;
  private int posColumn = 1;
  private Loc last = Loc.ZERO;
  private int outColumn = 1;

  FmtPrinter(AlloyFile file) {
    this.file = file;
    this.comments = file.comments();
    nextComment();
  }

  private void nextComment() {
    while (commentIdx < comments.size()) {
      CommentGroup g = comments.get(commentIdx++);
      if (!g.comments().isEmpty()) {
        curComments = g;
        commentPos = file.loc(g.comments().get(0).pos());
        return;
      }
    }
    commentPos = null;
  }

  private boolean commentBefore(Loc next) {
    return commentPos != null && commentPos.valid() && commentPos.offset() <= next.offset();
  }

  // ---- writing intents and tokens

  void ws(Ws w) {
    if (w == Ws.IGNORE) {
      return;
    }
    if (wsLen == MAX_WHITESPACE) {
      writeWhitespace(wsLen);
    }
    whitespace[wsLen++] = w;
    lastTok = Token.LITERAL;
  }

  /** Sets the AST-space position to that of {@code pos}, when known. */
  void at(Pos pos) {
    Loc l = file.loc(pos);
    if (l.valid()) {
      posOffset = l.offset();
      posLine = l.line();
      posColumn = l.column();
    }
  }

  void ident(String name) {
    lastTok = Token.IDENT;
    text(name);
  }

  void literal(LiteralExpr.Kind kind, String value) {
    lastTok = kind == LiteralExpr.Kind.NUMBER ? Token.NUMBER : Token.STRING;
    text(value);
  }

  void token(Token t) {
    String s = t.toString();
    if (mayCombine(lastTok, s.charAt(0)) && wsLen == 0) {
      whitespace[wsLen++] = Ws.BLANK;
    }
    lastTok = t;
    text(s);
  }

  private static boolean mayCombine(Token prev, char next) {
    return (prev == Token.NUMBER && next == '.') || (prev == Token.DIV && next == '*');
  }

  private void text(String data) {
    Loc next = new Loc(posOffset, posLine, posColumn);
    flush(next, lastTok);
    writeString(next, data, false);
  }

  /** Writes the comments left and returns the formatted text (without a final newline). */
  String finish() {
    flush(Loc.END, Token.EOF);
    ByteBuffer result = new ByteBuffer();
    ElasticTabWriter tabs = new ElasticTabWriter(new SpaceTrimmer(result));
    tabs.write(output.toArray());
    tabs.flush();
    return result.toString();
  }

  // ---- comments and whitespace

  private void flush(Loc next, Token tok) {
    if (commentBefore(next)) {
      injectComments(next, tok);
    } else if (tok != Token.EOF) {
      writeWhitespace(wsLen);
    }
  }

  private void injectComments(Loc next, Token tok) {
    Comment lastComment = null;
    while (commentBefore(next)) {
      for (Comment c : curComments.comments()) {
        writeCommentPrefix(next, c);
        writeString(file.loc(c.pos()), c.text(), true);
        lastComment = c;
      }
      nextComment();
    }
    writeCommentSuffix(next, tok, lastComment);
  }

  private void writeCommentPrefix(Loc next, Comment c) {
    if (output.size() == 0) {
      return;
    }
    Loc cPos = file.loc(c.pos());
    if (cPos.line() == last.line()) {
      writeByte(cPos.line() == next.line() ? ' ' : '\t', 1);
      return;
    }
    int count = 0;
    for (int i = 0; i < wsLen; i++) {
      Ws w = whitespace[i];
      if (w == Ws.INDENT || w == Ws.UNINDENT) {
        continue;
      }
      if (w == Ws.BLANK || w == Ws.VTAB || w == Ws.NEWLINE || w == Ws.FORMFEED) {
        whitespace[i] = Ws.IGNORE;
      }
      count = i;
      break;
    }
    writeWhitespace(count);
    int newlines = cPos.valid() && last.valid() ? cPos.line() - last.line() : 0;
    if (newlines > 0) {
      writeByte('\f', Math.min(newlines, MAX_NEWLINES));
    }
  }

  private void writeCommentSuffix(Loc next, Token tok, Comment lastComment) {
    if (tok == Token.EOF) {
      return;
    }
    boolean droppedFormfeed = false;
    Loc end = file.loc(lastComment.end());
    if (lastComment.isBlock() && next.line() == end.line()) {
      writeByte(' ', 1);
    }
    int newlines = next.line() - last.line();
    for (int i = 0; i < wsLen; i++) {
      Ws w = whitespace[i];
      if (w == Ws.BLANK || w == Ws.VTAB) {
        whitespace[i] = Ws.IGNORE;
      } else if (w == Ws.NEWLINE || w == Ws.FORMFEED) {
        droppedFormfeed |= w == Ws.FORMFEED;
        whitespace[i] = Ws.IGNORE;
      }
    }
    writeWhitespace(wsLen);
    if (newlines > 0) {
      writeByte(droppedFormfeed ? '\f' : '\n', Math.min(newlines, MAX_NEWLINES));
    }
  }

  private void writeWhitespace(int n) {
    for (int i = 0; i < n; i++) {
      Ws w = whitespace[i];
      switch (w) {
        case IGNORE -> {}
        case INDENT -> indent++;
        case UNINDENT -> {
          indent--;
          if (indent < 0) {
            throw new IllegalStateException("printer: negative indentation");
          }
        }
        default -> writeByte(w.ch, 1);
      }
    }
    System.arraycopy(whitespace, n, whitespace, 0, wsLen - n);
    wsLen -= n;
  }

  // ---- raw output

  private void writeString(Loc at, String s, boolean literalText) {
    if (outColumn == 1) {
      writeIndent();
    }
    if (at.valid()) {
      posOffset = at.offset();
      posLine = at.line();
      posColumn = at.column();
    }
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    if (literalText) {
      output.append(ElasticTabWriter.ESCAPE);
    }
    output.write(bytes);
    if (literalText) {
      output.append(ElasticTabWriter.ESCAPE);
    }
    int newlines = 0;
    int lastNewline = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n' || bytes[i] == '\f') {
        newlines++;
        lastNewline = i;
      }
    }
    posOffset += bytes.length;
    if (newlines > 0) {
      posLine += newlines;
      posColumn = bytes.length - lastNewline;
      outColumn = bytes.length - lastNewline;
    } else {
      posColumn += bytes.length;
      outColumn += bytes.length;
    }
    last = new Loc(posOffset, posLine, posColumn);
  }

  private void writeIndent() {
    for (int i = 0; i < indent; i++) {
      output.append((byte) '\t');
    }
    posOffset += indent;
    posColumn += indent;
    outColumn += indent;
  }

  private void writeByte(int ch, int n) {
    if (outColumn == 1) {
      writeIndent();
    }
    for (int i = 0; i < n; i++) {
      output.append((byte) ch);
    }
    posOffset += n;
    if (ch == '\n' || ch == '\f') {
      posLine += n;
      posColumn = 1;
      outColumn = 1;
      return;
    }
    posColumn += n;
    outColumn += n;
  }
}
