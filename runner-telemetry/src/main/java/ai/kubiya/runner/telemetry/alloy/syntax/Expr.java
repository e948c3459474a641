package ai.kubiya.runner.telemetry.alloy.syntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An Alloy expression. The static factories build expressions in code: {@code Expr.string("x")},
 * {@code Expr.ref("prometheus.relabel.runner_meta.receiver")}, {@code Expr.call("sys.env",
 * Expr.string("URL"))}.
 */
public sealed interface Expr
    permits LiteralExpr,
        IdentifierExpr,
        ArrayExpr,
        ObjectExpr,
        AccessExpr,
        IndexExpr,
        CallExpr,
        UnaryExpr,
        BinaryExpr,
        ParenExpr {

  /** Position of the expression's first character. */
  Pos start();

  /** Position of the expression's last character. */
  Pos end();

  /** A double-quoted string literal of {@code value} (escaped as Alloy does). */
  static LiteralExpr string(String value) {
    return new LiteralExpr(LiteralExpr.Kind.STRING, AlloyStrings.quote(value), Pos.NONE);
  }

  /** A number literal. */
  static LiteralExpr number(long value) {
    return new LiteralExpr(LiteralExpr.Kind.NUMBER, Long.toString(value), Pos.NONE);
  }

  /** A boolean literal. */
  static LiteralExpr bool(boolean value) {
    return new LiteralExpr(LiteralExpr.Kind.BOOL, Boolean.toString(value), Pos.NONE);
  }

  /** The {@code null} literal. */
  static LiteralExpr nullLiteral() {
    return new LiteralExpr(LiteralExpr.Kind.NULL, "null", Pos.NONE);
  }

  /** An identifier. */
  static IdentifierExpr identifier(String name) {
    return new IdentifierExpr(Ident.of(name));
  }

  /**
   * A reference: an identifier followed by field accesses, from a dotted path such as {@code
   * discovery.relabel.alloy.output}.
   */
  static Expr ref(String dottedPath) {
    if (dottedPath.indexOf('.') < 0) {
      return identifier(dottedPath);
    }
    String[] parts = dottedPath.split("\\.", -1);
    Expr expr = identifier(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      expr = new AccessExpr(expr, Ident.of(parts[i]));
    }
    return expr;
  }

  /** An array of the given elements. */
  static ArrayExpr array(List<? extends Expr> elements) {
    return new ArrayExpr(List.copyOf(elements), Pos.NONE, Pos.NONE);
  }

  /** An array of the given elements. */
  static ArrayExpr array(Expr... elements) {
    return array(Arrays.asList(elements));
  }

  /** An array of string literals. */
  static ArrayExpr strings(List<String> values) {
    List<Expr> out = new ArrayList<>(values.size());
    for (String value : values) {
      out.add(string(value));
    }
    return array(out);
  }

  /**
   * An object with these fields, in the map's iteration order; keys quoted when not identifiers.
   */
  static ObjectExpr object(Map<String, ? extends Expr> fields) {
    List<ObjectField> list = new ArrayList<>();
    for (Map.Entry<String, ? extends Expr> field : fields.entrySet()) {
      list.add(ObjectField.of(field.getKey(), field.getValue()));
    }
    return new ObjectExpr(list, Pos.NONE, Pos.NONE);
  }

  /** A call of the function at {@code dottedName} ({@code sys.env}) with these arguments. */
  static CallExpr call(String dottedName, Expr... args) {
    return new CallExpr(ref(dottedName), List.of(args), Pos.NONE, Pos.NONE);
  }

  /** {@code sys.env("NAME")}: a value Alloy reads from its environment. */
  static CallExpr env(String variable) {
    return call("sys.env", string(variable));
  }
}
