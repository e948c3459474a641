package ai.kubiya.runner.telemetry.alloy.syntax;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recursive-descent parser of Alloy syntax with Alloy's error recovery: it keeps going after an
 * error (reporting at most one error per line) so one run reports as much as possible.
 */
final class Parser {
  private static final Set<Token> STATEMENT_END =
      EnumSet.of(Token.TERMINATOR, Token.RPAREN, Token.RCURLY, Token.RBRACK, Token.COMMA);

  private final String fileName;
  private final LineTable lines = new LineTable();
  private final Scanner scanner;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final List<CommentGroup> comments = new ArrayList<>();

  private int pos;
  private Token tok;
  private String lit;
  private int lastErrorLine;

  Parser(String fileName, byte[] src) {
    this.fileName = fileName;
    this.scanner =
        new Scanner(
            src,
            lines,
            (offset, message) -> diagnostics.add(new Diagnostic(position(offset), message)),
            true);
    next();
  }

  static Parser of(String fileName, String source) {
    return new Parser(fileName, source.getBytes(StandardCharsets.UTF_8));
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  Position position(int offset) {
    return lines.position(fileName, offset);
  }

  private void next() {
    next0();
    while (tok == Token.COMMENT) {
      consumeCommentGroup();
    }
  }

  private void next0() {
    scanner.scan();
    pos = scanner.pos;
    tok = scanner.tok;
    lit = scanner.lit;
  }

  private void consumeCommentGroup() {
    List<Comment> list = new ArrayList<>();
    int endLine = position(pos).line();
    while (tok == Token.COMMENT && position(pos).line() <= endLine + 1) {
      endLine = position(pos).line();
      if (lit.length() > 1 && lit.charAt(1) == '*') {
        endLine += (int) lit.chars().filter(c -> c == '\n').count();
      }
      list.add(new Comment(new Pos(pos), lit));
      next0();
    }
    comments.add(new CommentGroup(list));
  }

  private void advance(Token to) {
    while (tok != Token.EOF) {
      if (tok == to) {
        return;
      }
      next();
    }
  }

  private void advanceAny(Set<Token> to) {
    while (tok != Token.EOF) {
      if (to.contains(tok)) {
        return;
      }
      next();
    }
  }

  private int expect(Token t) {
    int at = pos;
    if (tok != t) {
      addError("expected " + t + ", got " + tok);
    }
    next();
    return at;
  }

  private void addError(String message) {
    Position p = position(pos);
    if (lastErrorLine == p.line()) {
      return;
    }
    lastErrorLine = p.line();
    diagnostics.add(new Diagnostic(p, message));
  }

  void expectTerminator() {
    expect(Token.TERMINATOR);
  }

  AlloyFile parseFile() {
    List<Stmt> body = parseBody(Token.EOF);
    return new AlloyFile(fileName, body, comments, lines.toArray());
  }

  private List<Stmt> parseBody(Token until) {
    enter();
    try {
      return parseBody0(until);
    } finally {
      depth--;
    }
  }

  private List<Stmt> parseBody0(Token until) {
    List<Stmt> body = new ArrayList<>();
    while (tok != until && tok != Token.EOF) {
      Stmt stmt = parseStatement();
      if (stmt != null) {
        body.add(stmt);
      }
      if (tok == until) {
        break;
      }
      if (tok != Token.TERMINATOR) {
        addError("expected " + Token.TERMINATOR + ", got " + tok);
        consumeStatement();
      }
      next();
    }
    return body;
  }

  private void consumeStatement() {
    int curly = 0;
    int brack = 0;
    int paren = 0;
    while (tok != Token.EOF) {
      switch (tok) {
        case LCURLY -> curly++;
        case RCURLY -> curly--;
        case LBRACK -> brack++;
        case RBRACK -> brack--;
        case LPAREN -> paren++;
        case RPAREN -> paren--;
        default -> {}
      }
      if (tok == Token.TERMINATOR && curly <= 0 && brack <= 0 && paren <= 0) {
        return;
      }
      next();
    }
  }

  private static final class BlockName {
    final List<String> fragments = new ArrayList<>();
    String label = "";
    int start;
    int labelPos = -1;

    boolean validAttribute() {
      return fragments.size() == 1 && label.isEmpty();
    }
  }

  private Stmt parseStatement() {
    BlockName name = parseBlockName();
    if (name == null) {
      advance(Token.IDENT);
      return null;
    }
    switch (tok) {
      case ASSIGN:
        {
          next();
          if (name.fragments.size() != 1) {
            diagnostics.add(
                new Diagnostic(
                    position(name.start),
                    "attribute names may only consist of a single identifier with no \".\""));
          } else if (name.labelPos >= 0) {
            diagnostics.add(
                new Diagnostic(position(name.labelPos), "attribute names may not have labels"));
          }
          Ident ident = new Ident(name.fragments.get(0), new Pos(name.start));
          return new Attribute(ident, parseExpression(), List.of());
        }
      case LCURLY:
        {
          int lcurly = expect(Token.LCURLY);
          List<Stmt> body = parseBody(Token.RCURLY);
          int rcurly = expect(Token.RCURLY);
          return new Block(
              name.fragments,
              new Pos(name.start),
              name.label.isEmpty() ? Optional.empty() : Optional.of(name.label),
              name.labelPos >= 0 ? new Pos(name.labelPos) : Pos.NONE,
              body,
              new Pos(lcurly),
              new Pos(rcurly),
              List.of());
        }
      default:
        if (name.validAttribute()) {
          addError("expected attribute assignment or block body, got " + tok);
        } else {
          addError("expected block body, got " + tok);
        }
        advance(Token.IDENT);
        return null;
    }
  }

  private BlockName parseBlockName() {
    if (tok != Token.IDENT) {
      addError("expected identifier, got " + tok);
      return null;
    }
    BlockName bn = new BlockName();
    bn.fragments.add(lit);
    bn.start = pos;
    next();
    while (tok == Token.DOT) {
      next();
      if (tok != Token.IDENT) {
        addError("expected identifier, got " + tok);
      }
      bn.fragments.add(lit);
      next();
    }
    if (tok != Token.ASSIGN && tok != Token.LCURLY) {
      if (tok == Token.STRING) {
        if (lit.charAt(0) != '"') {
          addError(
              "expected block label to be a double quoted string, but got "
                  + AlloyStrings.quote(lit));
        }
        if (lit.length() > 2) {
          bn.label = lit.substring(1, lit.length() - 1);
          if (!AlloyStrings.isIdentifier(bn.label)) {
            addError(
                "expected block label to be a valid identifier, but got "
                    + AlloyStrings.quote(bn.label));
          }
        }
        bn.labelPos = pos;
      } else {
        addError("expected block label, got " + tok);
      }
      next();
    }
    return bn;
  }

  /** The deepest nesting of blocks and expressions (and the longest operator chain) parsed. */
  static final int MAX_DEPTH = 200;

  private int depth;

  /** Nesting deeper than {@link #MAX_DEPTH}: parsing stops, at {@link #offset}. */
  static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int offset;

    TooDeep(int offset) {
      super("nesting too deep", null, false, false);
      this.offset = offset;
    }
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw new TooDeep(pos);
    }
  }

  Expr parseExpression() {
    enter();
    try {
      return parseBinOp(1);
    } finally {
      depth--;
    }
  }

  private Expr parseBinOp(int inPrec) {
    Expr lhs = parsePowExpr();
    int chained = 0;
    while (true) {
      if (++chained > MAX_DEPTH) {
        throw new TooDeep(pos); // a left-deep tree as deep as any nesting
      }
      Token op = tok;
      int at = pos;
      int prec = op.precedence();
      if (prec < inPrec) {
        return lhs;
      }
      next();
      Expr rhs = parseBinOp(prec + 1);
      lhs = new BinaryExpr(op.operator(), new Pos(at), lhs, rhs);
    }
  }

  private Expr parsePowExpr() {
    enter();
    try {
      return parsePowExpr0();
    } finally {
      depth--;
    }
  }

  private Expr parsePowExpr0() {
    Expr lhs = parseUnaryExpr();
    if (tok == Token.POW) {
      int at = pos;
      next();
      return new BinaryExpr(Operator.POW, new Pos(at), lhs, parsePowExpr());
    }
    return lhs;
  }

  private Expr parseUnaryExpr() {
    enter();
    try {
      return parseUnaryExpr0();
    } finally {
      depth--;
    }
  }

  private Expr parseUnaryExpr0() {
    if (tok == Token.NOT || tok == Token.SUB) {
      Token op = tok;
      int at = pos;
      next();
      return new UnaryExpr(op.operator(), new Pos(at), parseUnaryExpr());
    }
    Expr primary = parsePrimaryExpr();
    while (true) {
      switch (tok) {
        case DOT:
          {
            next();
            int namePos = pos;
            String name = lit;
            expect(Token.IDENT);
            primary = new AccessExpr(primary, new Ident(name, new Pos(namePos)));
            break;
          }
        case LBRACK:
          {
            int lbrack = expect(Token.LBRACK);
            Expr index = parseExpression();
            int rbrack = expect(Token.RBRACK);
            primary = new IndexExpr(primary, new Pos(lbrack), index, new Pos(rbrack));
            break;
          }
        case LPAREN:
          {
            int lparen = expect(Token.LPAREN);
            List<Expr> args = tok != Token.RPAREN ? parseExpressionList(Token.RPAREN) : List.of();
            int rparen = expect(Token.RPAREN);
            primary = new CallExpr(primary, args, new Pos(lparen), new Pos(rparen));
            break;
          }
        case STRING:
        case LCURLY:
          {
            // Probably a block assigned to an attribute: parse it as one to say so.
            if (tok == Token.STRING) {
              next();
            }
            Token got = tok;
            expect(Token.LCURLY);
            if (got != Token.LCURLY) {
              consumeStatement();
              return primary;
            }
            parseBody(Token.RCURLY);
            Token end = tok;
            expect(Token.RCURLY);
            if (end != Token.RCURLY) {
              consumeStatement();
              return primary;
            }
            diagnostics.add(
                new Diagnostic(
                    position(primary.start().offset()), "cannot use a block as an expression"));
            break;
          }
        default:
          return primary;
      }
    }
  }

  private Expr parsePrimaryExpr() {
    switch (tok) {
      case IDENT:
        {
          Expr res = new IdentifierExpr(new Ident(lit, new Pos(pos)));
          next();
          return res;
        }
      case STRING:
      case NUMBER:
      case FLOAT:
      case BOOL:
      case NULL:
        {
          Expr res = new LiteralExpr(kind(tok), lit, new Pos(pos));
          next();
          return res;
        }
      case LPAREN:
        {
          int lparen = expect(Token.LPAREN);
          Expr inner = parseExpression();
          int rparen = expect(Token.RPAREN);
          return new ParenExpr(inner, new Pos(lparen), new Pos(rparen));
        }
      case LBRACK:
        {
          int lbrack = expect(Token.LBRACK);
          List<Expr> elements = tok != Token.RBRACK ? parseExpressionList(Token.RBRACK) : List.of();
          int rbrack = expect(Token.RBRACK);
          return new ArrayExpr(elements, new Pos(lbrack), new Pos(rbrack));
        }
      case LCURLY:
        {
          int lcurly = expect(Token.LCURLY);
          // Alloy checks for ']' here (not '}'), so "{}" goes through the field list.
          List<ObjectField> fields = tok != Token.RBRACK ? parseFieldList(Token.RCURLY) : List.of();
          int rcurly = expect(Token.RCURLY);
          return new ObjectExpr(fields, new Pos(lcurly), new Pos(rcurly));
        }
      default:
        {
          addError("expected expression, got " + tok);
          Expr res = new LiteralExpr(LiteralExpr.Kind.NULL, "null", new Pos(pos));
          advanceAny(STATEMENT_END);
          return res;
        }
    }
  }

  private static LiteralExpr.Kind kind(Token t) {
    switch (t) {
      case STRING:
        return LiteralExpr.Kind.STRING;
      case NUMBER:
        return LiteralExpr.Kind.NUMBER;
      case FLOAT:
        return LiteralExpr.Kind.FLOAT;
      case BOOL:
        return LiteralExpr.Kind.BOOL;
      default:
        return LiteralExpr.Kind.NULL;
    }
  }

  private List<Expr> parseExpressionList(Token until) {
    return parseList(until, this::parseExpression, "missing ',' in expression list");
  }

  private List<ObjectField> parseFieldList(Token until) {
    return parseList(until, this::parseField, "missing ',' in field list");
  }

  /** {@code Item { "," Item } [ "," ]} up to (not including) {@code until}. */
  private <T> List<T> parseList(
      Token until, java.util.function.Supplier<T> item, String missingComma) {
    List<T> items = new ArrayList<>();
    while (tok != until && tok != Token.EOF) {
      items.add(item.get());
      if (tok == until) {
        break;
      }
      if (tok != Token.COMMA) {
        addError(missingComma);
      }
      next();
    }
    return items;
  }

  private ObjectField parseField() {
    Ident name = new Ident("", Pos.NONE);
    boolean quoted = false;
    if (tok == Token.STRING || tok == Token.IDENT) {
      String text = lit;
      if (tok == Token.STRING && lit.length() > 2) {
        text = lit.substring(1, lit.length() - 1);
        quoted = true;
      }
      name = new Ident(text, new Pos(pos));
      next();
    } else {
      addError("expected field name (string or identifier), got " + tok);
      advance(Token.ASSIGN);
    }
    expect(Token.ASSIGN);
    return new ObjectField(name, quoted, parseExpression());
  }
}
