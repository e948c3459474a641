package ai.kubiya.runner.telemetry.alloy.syntax;

import ai.kubiya.runner.telemetry.alloy.syntax.FmtPrinter.Ws;
import java.util.List;

/**
 * Walks a parsed file and feeds {@link FmtPrinter} the tokens and whitespace intents of {@code
 * alloy fmt}: a blank line between blocks and where the source had one, {@code =} aligned in runs
 * of one-line attributes and object fields, list elements kept on the lines they were on, a
 * trailing comma when a list or object closes on its own line.
 */
final class FmtWalker {
  private final AlloyFile file;
  private final FmtPrinter p;

  FmtWalker(AlloyFile file) {
    this.file = file;
    this.p = new FmtPrinter(file);
  }

  String print() {
    stmts(file.body());
    return p.finish();
  }

  private int line(Pos pos) {
    return file.loc(pos).line();
  }

  private boolean differentLines(Pos a, Pos b) {
    return line(a) != line(b);
  }

  private int nodeLines(Pos start, Pos end) {
    return line(end) - line(start) + 1;
  }

  private void stmts(List<Stmt> body) {
    for (int i = 0; i < body.size(); i++) {
      Stmt s = body.get(i);
      boolean spaced = false;
      if (i > 0 && s instanceof Block) {
        p.ws(Ws.FORMFEED);
        spaced = true;
      }
      if (i > 0 && !spaced && line(s.start()) - line(body.get(i - 1).end()) > 1) {
        p.ws(Ws.FORMFEED);
      }
      if (s instanceof Attribute a) {
        attribute(a);
      } else {
        block((Block) s);
      }
      p.ws(nodeLines(s.start(), s.end()) > 1 ? Ws.FORMFEED : Ws.NEWLINE);
    }
  }

  private void attribute(Attribute a) {
    p.at(a.name().pos());
    p.ident(a.name().name());
    p.ws(Ws.VTAB);
    p.token(Token.ASSIGN);
    p.ws(Ws.BLANK);
    expr(a.value());
  }

  private void block(Block b) {
    p.at(b.namePos());
    p.ident(b.dottedName());
    if (b.label().isPresent()) {
      p.ws(Ws.BLANK);
      p.at(b.labelPos());
      p.literal(LiteralExpr.Kind.STRING, AlloyStrings.quote(b.label().get()));
    }
    p.ws(Ws.BLANK);
    p.at(b.lcurly());
    p.token(Token.LCURLY);
    p.ws(Ws.INDENT);
    if (!b.body().isEmpty()) {
      p.ws(Ws.FORMFEED);
      stmts(b.body());
    } else {
      p.ws(Ws.BLANK);
    }
    p.ws(Ws.UNINDENT);
    p.at(b.rcurly());
    p.token(Token.RCURLY);
  }

  private void expr(Expr e) {
    if (e instanceof LiteralExpr l) {
      p.at(l.pos());
      p.literal(l.kind(), l.value());
    } else if (e instanceof IdentifierExpr i) {
      p.at(i.ident().pos());
      p.ident(i.ident().name());
    } else if (e instanceof AccessExpr a) {
      expr(a.value());
      p.token(Token.DOT);
      p.ident(a.name().name());
    } else if (e instanceof IndexExpr x) {
      expr(x.value());
      p.at(x.lbrack());
      p.token(Token.LBRACK);
      expr(x.index());
      p.at(x.rbrack());
      p.token(Token.RBRACK);
    } else if (e instanceof CallExpr c) {
      call(c);
    } else if (e instanceof UnaryExpr u) {
      p.at(u.pos());
      p.token(Token.of(u.operator()));
      expr(u.value());
    } else if (e instanceof BinaryExpr b) {
      expr(b.left());
      p.ws(Ws.BLANK);
      p.at(b.pos());
      p.token(Token.of(b.operator()));
      p.ws(Ws.BLANK);
      expr(b.right());
    } else if (e instanceof ParenExpr pe) {
      p.token(Token.LPAREN);
      expr(pe.inner());
      p.token(Token.RPAREN);
    } else if (e instanceof ArrayExpr a) {
      array(a);
    } else {
      object((ObjectExpr) e);
    }
  }

  private void array(ArrayExpr a) {
    p.at(a.lbrack());
    p.token(Token.LBRACK);
    Pos prev = a.lbrack();
    List<Expr> elements = a.elements();
    for (int i = 0; i < elements.size(); i++) {
      Expr el = elements.get(i);
      boolean newline = false;
      if (differentLines(prev, el.start())) {
        p.ws(Ws.INDENT);
        p.ws(Ws.FORMFEED);
        newline = true;
      } else if (i > 0) {
        p.ws(Ws.BLANK);
      }
      prev = el.end();
      expr(el);
      if (i + 1 < elements.size()) {
        p.token(Token.COMMA);
      }
      if (newline) {
        p.ws(Ws.UNINDENT);
      }
    }
    if (!elements.isEmpty() && differentLines(prev, a.rbrack())) {
      p.token(Token.COMMA);
      p.ws(Ws.INDENT);
      p.ws(Ws.FORMFEED);
      p.ws(Ws.UNINDENT);
    }
    p.at(a.rbrack());
    p.token(Token.RBRACK);
  }

  private void object(ObjectExpr o) {
    p.at(o.lcurly());
    p.token(Token.LCURLY);
    p.ws(Ws.INDENT);
    Pos prev = o.lcurly();
    List<ObjectField> fields = o.fields();
    for (int i = 0; i < fields.size(); i++) {
      ObjectField f = fields.get(i);
      if (differentLines(prev, f.name().pos())) {
        Expr before = i > 0 ? fields.get(i - 1).value() : null;
        p.ws(
            before != null && nodeLines(before.start(), before.end()) == 1
                ? Ws.NEWLINE
                : Ws.FORMFEED);
      } else if (i > 0) {
        p.ws(Ws.BLANK);
      }
      prev = f.name().end();
      p.at(f.name().pos());
      if (f.quoted()) {
        p.at(f.name().pos());
        p.literal(LiteralExpr.Kind.STRING, AlloyStrings.quote(f.name().name()));
      } else {
        p.ident(f.name().name());
      }
      p.ws(Ws.VTAB);
      p.token(Token.ASSIGN);
      p.ws(Ws.BLANK);
      expr(f.value());
      if (i + 1 < fields.size()) {
        p.token(Token.COMMA);
      }
    }
    if (!fields.isEmpty() && differentLines(prev, o.rcurly())) {
      p.token(Token.COMMA);
      p.ws(Ws.FORMFEED);
    }
    p.ws(Ws.UNINDENT);
    p.at(o.rcurly());
    p.token(Token.RCURLY);
  }

  private void call(CallExpr c) {
    expr(c.function());
    p.token(Token.LPAREN);
    Pos prev = c.lparen();
    List<Expr> args = c.args();
    for (int i = 0; i < args.size(); i++) {
      Expr arg = args.get(i);
      boolean newline = false;
      if (differentLines(prev, arg.start())) {
        p.ws(Ws.FORMFEED);
        p.ws(Ws.INDENT);
        newline = true;
      }
      expr(arg);
      prev = arg.end();
      if (i + 1 < args.size()) {
        p.token(Token.COMMA);
        p.ws(Ws.BLANK);
      }
      if (newline) {
        p.ws(Ws.UNINDENT);
      }
    }
    if (differentLines(prev, c.rparen())) {
      p.token(Token.COMMA);
      p.ws(Ws.FORMFEED);
    }
    p.token(Token.RPAREN);
  }
}
