package ai.kubiya.runner.telemetry.alloy.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Alloy's printer vectors: {@code alloy fmt} of each {@code .in} is its {@code .expect}. */
class PrinterVectorsTest {

  @TestFactory
  Stream<DynamicTest> formatsLikeAlloyFmt() throws Exception {
    return SyntaxVectors.eachFile(SyntaxVectors.dir("printer"), ".in", PrinterVectorsTest::check);
  }

  /** Vectors of our own, derived by hand from alloy fmt's rules. */
  @TestFactory
  Stream<DynamicTest> formatsOurOwnVectors() throws Exception {
    Path dir = Path.of(PrinterVectorsTest.class.getResource("/alloy-fmt").toURI());
    return SyntaxVectors.eachFile(dir, ".in", PrinterVectorsTest::check);
  }

  private static void check(Path in) throws Exception {
    String base = in.getFileName().toString().replaceFirst("\\.in$", "");
    String input = Files.readString(in);
    Path error = in.resolveSibling(base + ".error");
    if (Files.exists(error)) {
      String expected = Files.readString(error).replace("\r\n", "\n");
      AlloySyntaxException e =
          assertThrows(AlloySyntaxException.class, () -> AlloyPrinter.format(base, input));
      assertTrue(e.getMessage().contains(expected), e.getMessage());
      return;
    }
    String expect = Files.readString(in.resolveSibling(base + ".expect")).stripTrailing();
    AlloyFile file = AlloyParser.parse(base, input);
    assertEquals(expect, AlloyPrinter.fprint(file));
    assertEquals(expect + "\n", AlloyPrinter.format(base, input));
    // formatting is idempotent
    assertEquals(expect + "\n", AlloyPrinter.format(base, expect));
  }
}
