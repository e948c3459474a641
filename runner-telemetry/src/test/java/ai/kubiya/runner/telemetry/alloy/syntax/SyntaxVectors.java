package ai.kubiya.runner.telemetry.alloy.syntax;

import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.kubiya.runner.testfixtures.ConformanceFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/** Locates Alloy's own syntax test vectors under the repository's {@code conformance/} folder. */
final class SyntaxVectors {
  private SyntaxVectors() {}

  static Path dir(String sub) {
    return ConformanceFixtures.file("alloy-syntax/" + sub);
  }

  /**
   * One dynamic test per file of {@code dir} ending in {@code suffix}; fails when there is none.
   */
  static Stream<DynamicTest> eachFile(Path dir, String suffix, Executable check)
      throws IOException {
    List<Path> files = files(dir, suffix);
    assertFalse(files.isEmpty(), "no " + suffix + " files in " + dir);
    return files.stream()
        .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check.run(f)));
  }

  /** A check of one vector file. */
  interface Executable {
    void run(Path file) throws Exception;
  }

  static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(suffix))
          .sorted()
          .toList();
    }
  }
}
