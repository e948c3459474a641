package ai.kubiya.runner.telemetry.alloy.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyntaxTest {
  @Test
  void errorsArePositioned() {
    AlloySyntaxException e =
        assertThrows(
            AlloySyntaxException.class,
            () -> AlloyParser.parse("conf.alloy", "a = 1\nb = [1 2]\n"));
    assertEquals("conf.alloy:2:8: missing ',' in expression list", e.getMessage());
    assertEquals(new Position("conf.alloy", 2, 8), e.diagnostics().get(0).position());
  }

  @Test
  void severalErrorsAreCounted() {
    AlloySyntaxException e =
        assertThrows(
            AlloySyntaxException.class, () -> AlloyParser.parse("f", "a = +\nb = \"open\n"));
    assertTrue(e.getMessage().endsWith("more diagnostics)"), e.getMessage());
  }

  @Test
  void precedenceAndAssociativity() {
    BinaryExpr sum = assertInstanceOf(BinaryExpr.class, AlloyParser.parseExpression("1 + 2 * 3"));
    assertEquals(Operator.ADD, sum.operator());
    assertEquals(Operator.MUL, assertInstanceOf(BinaryExpr.class, sum.right()).operator());

    BinaryExpr pow = assertInstanceOf(BinaryExpr.class, AlloyParser.parseExpression("2 ^ 3 ^ 2"));
    assertInstanceOf(LiteralExpr.class, pow.left());
    assertEquals(Operator.POW, assertInstanceOf(BinaryExpr.class, pow.right()).operator());

    BinaryExpr sub = assertInstanceOf(BinaryExpr.class, AlloyParser.parseExpression("5 - 2 - 1"));
    assertInstanceOf(BinaryExpr.class, sub.left());

    BinaryExpr or =
        assertInstanceOf(BinaryExpr.class, AlloyParser.parseExpression("!a || b && c == 1"));
    assertEquals(Operator.OR, or.operator());
    assertEquals(Operator.NOT, assertInstanceOf(UnaryExpr.class, or.left()).operator());
  }

  @Test
  void callsAccessAndIndex() {
    CallExpr call =
        assertInstanceOf(
            CallExpr.class, AlloyParser.parseExpression("encoding.from_json(sys.env(\"X\"))"));
    assertEquals("encoding.from_json", AlloyPrinter.print(call.function()));
    IndexExpr index =
        assertInstanceOf(
            IndexExpr.class,
            assertInstanceOf(AccessExpr.class, AlloyParser.parseExpression("a[0].b")).value());
    assertEquals("0", ((LiteralExpr) index.index()).value());
  }

  @Test
  void stringsEscapeAndUnescape() {
    assertEquals("\"a\\\"b\\\\c\\n\\t\\x01é\"", AlloyStrings.quote("a\"b\\c\n\t\u0001é"));
    assertEquals("a\"b\\c\n\t\u0001é", AlloyStrings.unquote("\"a\\\"b\\\\c\\n\\t\\x01\\u00e9\""));
    assertEquals("raw \\n", AlloyStrings.unquote("`raw \\n`"));
    LiteralExpr raw = assertInstanceOf(LiteralExpr.class, AlloyParser.parseExpression("`a\\nb`"));
    assertTrue(raw.isRawString());
    assertEquals("a\\nb", raw.stringValue());
  }

  @Test
  void commentsAreKeptInTheFile() {
    AlloyFile file = AlloyParser.parse("f", "// head\na = 1 // tail\n/* block */\n");
    assertEquals(3, file.comments().stream().mapToInt(g -> g.comments().size()).sum());
    assertEquals("// head\na = 1 // tail\n/* block */\n", AlloyPrinter.print(file));
  }

  @Test
  void builtFilesPrintWithLeadingCommentsAndObjectsOnePerLine() {
    AlloyFile file =
        AlloyFile.of(
            Block.builder("prometheus.scrape")
                .label("x")
                .comment("Scrape x")
                .attribute("targets", Expr.ref("discovery.relabel.x.output"))
                .attribute("labels", Expr.object(Map.of("app", Expr.string("x"))))
                .attribute("forward_to", Expr.array(List.of(Expr.env("URL"))))
                .build());
    assertEquals(
        "// Scrape x\n"
            + "prometheus.scrape \"x\" {\n"
            + "\ttargets = discovery.relabel.x.output\n"
            + "\tlabels  = {\n"
            + "\t\tapp = \"x\",\n"
            + "\t}\n"
            + "\tforward_to = [sys.env(\"URL\")]\n"
            + "}\n",
        AlloyPrinter.print(file));
  }

  @Test
  void rawStringLabelIsRefused() {
    AlloySyntaxException e =
        assertThrows(AlloySyntaxException.class, () -> AlloyParser.parse("f", "b `x` {\n}\n"));
    assertEquals(
        "f:1:3: expected block label to be a double quoted string, but got \"`x`\"",
        e.getMessage());
  }
}
