package ai.kubiya.runner.telemetry.alloy.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import ai.kubiya.runner.model.ScrapeIntervalsValues;
import ai.kubiya.runner.telemetry.alloy.BlackboxProbe;
import ai.kubiya.runner.telemetry.alloy.RunnerPipeline;
import ai.kubiya.runner.telemetry.alloy.RunnerPipelineSettings;
import ai.kubiya.runner.telemetry.alloy.remotewrite.AzureManagedPrometheus;
import ai.kubiya.runner.telemetry.alloy.remotewrite.BasicAuthRemoteWrite;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The direct printer of built trees gives exactly what the general path gives (the tree written as
 * source, parsed and formatted as {@code alloy fmt} does), for the runner's pipeline in many
 * settings and for generated trees; trees outside its rules fall back to the general path.
 */
class BuiltPrinterTest {
  private static final List<String> STRINGS =
      List.of(
          "kubiya",
          "tenant-a",
          "",
          "acme \"quoted\" \\ back",
          "tab\there",
          "uni\u00e9\u4e2d\ud83d\ude00",
          "line\nbreak",
          "@@x@@");

  @Test
  void pipelineEqualsTheGeneralPath() {
    int i = 0;
    for (String text : STRINGS) {
      for (int variant = 0; variant < 4; variant++) {
        RunnerPipelineSettings.Builder settings =
            RunnerPipelineSettings.builder()
                .namespace("ns-" + i + text)
                .release("runner-" + i++ + text)
                .organization(text)
                .liveDebugging(variant % 2 == 1)
                .cadvisorEnabled(variant >= 2)
                .fixUndefinedBlackboxModule(variant == 3)
                .scrapeIntervals(
                    ScrapeIntervalsValues.builder()
                        .defaultInterval("30s")
                        .blackboxExporter(variant == 1 ? "15s" : "")
                        .cadvisor(variant == 2 ? "1m30s" : "")
                        .build());
        if (variant == 2) {
          settings
              .blackboxProbes(List.of(BlackboxProbe.of("a-very-long-probe-name", "s", 1, "/", "x")))
              .remoteWriteTargets(
                  List.of(
                      AzureManagedPrometheus.chartDefault(),
                      BasicAuthRemoteWrite.grafanaCloud("grafana")));
        }
        AlloyFile file = RunnerPipeline.file(settings.build());
        assertNotNull(BuiltPrinter.print(file.body(), false), "the pipeline takes the direct path");
        String general = AlloyPrinter.formatted(file);
        assertEquals(general, AlloyPrinter.fprint(file), text);
        assertEquals(general + "\n", RunnerPipeline.render(settings.build()), "block by block");
      }
    }
  }

  @Test
  void generatedTreesEqualTheGeneralPath() {
    Random random = new Random(7);
    int direct = 0;
    for (int n = 0; n < 3000; n++) {
      List<Stmt> body = body(random, 0);
      AlloyFile file = AlloyFile.of(body);
      String expected;
      try {
        expected = AlloyPrinter.formatted(file);
      } catch (AlloySyntaxException e) {
        assertNull(
            BuiltPrinter.print(body, false), "a tree the parser refuses is left to it: " + e);
        continue;
      }
      if (BuiltPrinter.print(body, false) != null) {
        direct++;
      }
      assertEquals(expected, AlloyPrinter.fprint(file), SourceWriter.write(body));
      assertEquals(expected + "\n", AlloyPrinter.print(file));
    }
    assertEquals(true, direct > 2000, "most generated trees take the direct path: " + direct);
  }

  @Test
  void treesOutsideTheRulesFallBack() {
    Block badName = Block.builder("a-b").attribute("x", Expr.number(1)).build();
    assertNull(BuiltPrinter.print(List.of(badName), false));
    Attribute rawTab =
        Attribute.of("x", new LiteralExpr(LiteralExpr.Kind.STRING, "`a\tb`", Pos.NONE));
    assertNull(BuiltPrinter.print(List.of(rawTab), false));
    assertEquals(
        AlloyPrinter.formatted(AlloyFile.of(rawTab)), AlloyPrinter.fprint(AlloyFile.of(rawTab)));
    Attribute blockComment = new Attribute(Ident.of("x"), Expr.number(1), List.of("/* block */"));
    assertNull(BuiltPrinter.print(List.of(blockComment), false));
  }

  // ---- generated trees

  private static final String[] NAMES = {
    "a", "bb", "target_label", "x", "namespaces", "source_labels", "\u00e9t\u00e9", "lengthy_name_1"
  };
  private static final String[] KEYS = {
    "app", "X-Scope-OrgID", "k", "\u00fcml", "with space", "long_key_name", "a.b"
  };
  private static final String[] COMMENTS = {
    "", "// c", "// a longer comment", "//", "// trailing space ", "// \u00fcnicode"
  };

  private static List<Stmt> body(Random r, int depth) {
    int n = r.nextInt(depth == 0 ? 6 : 5);
    List<Stmt> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Stmt s;
      if (depth < 3 && r.nextInt(3) == 0) {
        Block.Builder b =
            Block.builder(r.nextBoolean() ? "rule" : "prometheus.scrape")
                .statements(body(r, depth + 1));
        if (r.nextBoolean()) {
          b.label(pick(r, STRINGS_FOR_LABELS));
        }
        s = b.build();
      } else {
        s = Attribute.of(pick(r, NAMES), expr(r, 0));
      }
      if (r.nextInt(3) == 0) {
        int c = 1 + r.nextInt(4);
        String[] lines = new String[c];
        for (int j = 0; j < c; j++) {
          lines[j] = pick(r, COMMENTS);
        }
        s =
            s instanceof Block b
                ? new Block(
                    b.name(),
                    b.namePos(),
                    b.label(),
                    b.labelPos(),
                    b.body(),
                    b.lcurly(),
                    b.rcurly(),
                    List.of(lines))
                : new Attribute(((Attribute) s).name(), ((Attribute) s).value(), List.of(lines));
      }
      out.add(s);
    }
    return out;
  }

  private static final String[] STRINGS_FOR_LABELS = {"x", "kube_state_metrics", "\u00e9", "a\"b"};

  private static Expr expr(Random r, int depth) {
    int kind = r.nextInt(depth > 2 ? 5 : 11);
    switch (kind) {
      case 0:
        return Expr.string(pick(r, STRINGS.toArray(new String[0])));
      case 1:
        return Expr.number(r.nextInt(1000));
      case 2:
        return Expr.bool(r.nextBoolean());
      case 3:
        return Expr.ref("discovery.relabel.alloy.output");
      case 4:
        return Expr.nullLiteral();
      case 5:
        return Expr.array(exprs(r, depth));
      case 6:
      case 7:
        {
          List<ObjectField> fields = new ArrayList<>();
          int n = r.nextInt(5);
          for (int i = 0; i < n; i++) {
            fields.add(ObjectField.of(pick(r, KEYS), expr(r, depth + 1)));
          }
          return new ObjectExpr(fields, Pos.NONE, Pos.NONE);
        }
      case 8:
        return new CallExpr(Expr.ref("sys.env"), exprs(r, depth), Pos.NONE, Pos.NONE);
      case 9:
        return new BinaryExpr(
            Operator.ADD,
            Pos.NONE,
            expr(r, depth + 1),
            new ParenExpr(expr(r, depth + 1), Pos.NONE, Pos.NONE));
      default:
        return new IndexExpr(
            new UnaryExpr(Operator.NOT, Pos.NONE, Expr.identifier("x")),
            Pos.NONE,
            expr(r, depth + 1),
            Pos.NONE);
    }
  }

  private static List<Expr> exprs(Random r, int depth) {
    int n = r.nextInt(4);
    List<Expr> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(expr(r, depth + 1));
    }
    return out;
  }

  private static String pick(Random r, String[] values) {
    return values[r.nextInt(values.length)];
  }
}
