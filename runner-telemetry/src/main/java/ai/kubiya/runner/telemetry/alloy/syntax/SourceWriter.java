package ai.kubiya.runner.telemetry.alloy.syntax;

import java.util.List;

/**
 * Writes statements built in code as Alloy source, without looking at positions: one statement per
 * line, blocks separated by a blank line, non-empty objects one field per line, everything else on
 * one line. Leading comments are written before their statement.
 */
final class SourceWriter {
  private final StringBuilder out = new StringBuilder();

  static String write(List<Stmt> body) {
    SourceWriter w = new SourceWriter();
    w.body(body, 0);
    return w.out.toString();
  }

  static String write(Expr expr) {
    SourceWriter w = new SourceWriter();
    w.expr(expr, 0);
    return w.out.toString();
  }

  private void body(List<Stmt> body, int depth) {
    for (int i = 0; i < body.size(); i++) {
      Stmt s = body.get(i);
      if (i > 0 && (s instanceof Block || !s.leadingComments().isEmpty())) {
        out.append('\n');
      }
      for (String comment : s.leadingComments()) {
        if (comment.isEmpty()) {
          out.append('\n');
        } else {
          indent(depth).append(comment).append('\n');
        }
      }
      indent(depth);
      if (s instanceof Attribute a) {
        out.append(a.name().name()).append(" = ");
        expr(a.value(), depth);
      } else {
        block((Block) s, depth);
      }
      out.append('\n');
    }
  }

  private void block(Block b, int depth) {
    out.append(b.dottedName());
    b.label().ifPresent(l -> out.append(' ').append(AlloyStrings.quote(l)));
    if (b.body().isEmpty()) {
      out.append(" { }");
      return;
    }
    out.append(" {\n");
    body(b.body(), depth + 1);
    indent(depth).append('}');
  }

  private StringBuilder indent(int depth) {
    return out.append("\t".repeat(depth));
  }

  private void expr(Expr e, int depth) {
    if (e instanceof LiteralExpr l) {
      out.append(l.value());
    } else if (e instanceof IdentifierExpr i) {
      out.append(i.ident().name());
    } else if (e instanceof AccessExpr a) {
      expr(a.value(), depth);
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
    if (o.fields().isEmpty()) {
      out.append("{}");
      return;
    }
    out.append("{\n");
    for (ObjectField f : o.fields()) {
      indent(depth + 1);
      out.append(f.quoted() ? AlloyStrings.quote(f.name().name()) : f.name().name()).append(" = ");
      expr(f.value(), depth + 1);
      out.append(",\n");
    }
    indent(depth).append('}');
  }
}
