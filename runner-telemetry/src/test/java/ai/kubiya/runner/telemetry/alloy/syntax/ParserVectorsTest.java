package ai.kubiya.runner.telemetry.alloy.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Alloy's parser vectors: valid files parse; invalid files fail exactly at the marked places. */
class ParserVectorsTest {
  private static final Pattern ERROR_COMMENT =
      Pattern.compile("^/\\* *ERROR *(HERE)? *\"([^\"]*)\" *\\*/$");

  @TestFactory
  Stream<DynamicTest> validFilesParse() throws Exception {
    return SyntaxVectors.eachFile(SyntaxVectors.dir("parser/valid"), ".alloy", AlloyParser::parse);
  }

  @TestFactory
  Stream<DynamicTest> invalidFilesFailAtTheMarkedPlaces() throws Exception {
    return SyntaxVectors.eachFile(
        SyntaxVectors.dir("parser"), ".alloy", ParserVectorsTest::checkErrors);
  }

  @TestFactory
  Stream<DynamicTest> fuzzInputsNeverCrashOrHang() throws Exception {
    return SyntaxVectors.eachFile(
        SyntaxVectors.dir("parser/fuzz/FuzzParser"),
        "",
        f -> {
          String input = goFuzzInput(Files.readString(f));
          assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parseOrError(input));
        });
  }

  static void parseOrError(String input) {
    try {
      AlloyParser.parse("fuzz", input);
    } catch (AlloySyntaxException e) {
      assertFalse(e.diagnostics().isEmpty());
      assertTrue(e.getMessage().startsWith("fuzz:"), e.getMessage());
    }
  }

  /** The input of a {@code go test fuzz v1} corpus file: its {@code []byte("...")} literal. */
  static String goFuzzInput(String corpus) {
    Matcher m = Pattern.compile("\\[\\]byte\\((\".*\")\\)").matcher(corpus);
    assertTrue(m.find(), corpus);
    return AlloyStrings.unquote(m.group(1));
  }

  private static void checkErrors(Path file) throws Exception {
    byte[] src = Files.readAllBytes(file);
    Parser parser = new Parser(file.toString(), src);
    parser.parseFile();

    Map<Position, String> expected = expectedErrors(file.toString(), src);
    assertFalse(expected.isEmpty(), "an invalid vector marks at least one error");
    List<String> problems = new ArrayList<>();
    for (Diagnostic d : parser.diagnostics()) {
      String rx = expected.remove(d.position());
      if (rx == null) {
        problems.add("unexpected error: " + d);
      } else if (!Pattern.compile(goRegex(rx)).matcher(d.message()).find()) {
        problems.add(d + ": does not match \"" + rx + "\"");
      }
    }
    expected.forEach((p, rx) -> problems.add(p + ": error not reported: " + rx));
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
    assertEquals(List.of(), problems);
  }

  /** Go's RE2 reads a '{' that starts no repetition literally; Java needs it escaped. */
  private static String goRegex(String rx) {
    return rx.replaceAll("\\{(?![0-9])", "\\\\{");
  }

  /** Positions of the {@code ERROR} comments' targets, as Alloy's harness computes them. */
  private static Map<Position, String> expectedErrors(String name, byte[] src) {
    LineTable lines = new LineTable();
    Scanner s = new Scanner(src, lines, null, true);
    Map<Integer, String> byOffset = new LinkedHashMap<>();
    int prev = 0;
    int here = 0;
    while (true) {
      s.scan();
      if (s.tok == Token.EOF) {
        break;
      }
      if (s.tok == Token.COMMENT) {
        Matcher m = ERROR_COMMENT.matcher(s.lit);
        if (m.matches()) {
          byOffset.put(m.group(1) != null ? here : prev, m.group(2));
        }
      } else if (!(s.tok == Token.TERMINATOR && s.lit.equals("\n"))) {
        prev = s.pos;
        int len =
            s.tok.isLiteral()
                ? s.lit.getBytes(StandardCharsets.UTF_8).length
                : s.tok.toString().length();
        here = prev + len;
      }
    }
    Map<Position, String> out = new LinkedHashMap<>();
    byOffset.forEach((off, rx) -> out.put(lines.position(name, off), rx));
    return out;
  }
}
