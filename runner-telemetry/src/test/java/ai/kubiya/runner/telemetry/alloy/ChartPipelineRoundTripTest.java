package ai.kubiya.runner.telemetry.alloy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.kubiya.runner.telemetry.alloy.syntax.AlloyFile;
import ai.kubiya.runner.telemetry.alloy.syntax.AlloyParser;
import ai.kubiya.runner.telemetry.alloy.syntax.AlloyPrinter;
import ai.kubiya.runner.telemetry.alloy.syntax.Block;
import ai.kubiya.runner.telemetry.alloy.syntax.Expr;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The chart's own pipelines survive parse -> print -> parse unchanged in meaning and lines. */
class ChartPipelineRoundTripTest {
  static Stream<String> cases() {
    return Stream.of("default", "layered-overrides", "telemetry-variants");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void parsePrintKeepsMeaning(String caseName) throws Exception {
    String golden = ChartGoldens.goldenConfig(caseName).orElseThrow();
    AlloyFile parsed = AlloyParser.parse(caseName + "/config.alloy", golden);
    String printed = AlloyPrinter.print(parsed);
    AlloyFile reparsed = AlloyParser.parse("printed", printed);

    assertEquals(meaning(parsed), meaning(reparsed));
    assertEquals(ChartGoldens.normalize(golden), ChartGoldens.normalize(printed));
    // formatting again changes nothing
    assertEquals(printed, AlloyPrinter.print(reparsed));
  }

  /** The file's statements without positions or comments, one per line. */
  private static String meaning(AlloyFile file) {
    StringBuilder out = new StringBuilder();
    file.body().forEach(s -> describe(s, "", out));
    return out.toString();
  }

  private static void describe(
      ai.kubiya.runner.telemetry.alloy.syntax.Stmt s, String indent, StringBuilder out) {
    if (s instanceof Block b) {
      out.append(indent)
          .append(b.dottedName())
          .append(' ')
          .append(b.label().orElse(""))
          .append('\n');
      b.body().forEach(c -> describe(c, indent + "  ", out));
    } else {
      var a = (ai.kubiya.runner.telemetry.alloy.syntax.Attribute) s;
      out.append(indent)
          .append(a.name().name())
          .append(" = ")
          .append(oneLine(a.value()))
          .append('\n');
    }
  }

  private static String oneLine(Expr e) {
    return AlloyPrinter.print(e).replaceAll("\\s+", " ");
  }
}
