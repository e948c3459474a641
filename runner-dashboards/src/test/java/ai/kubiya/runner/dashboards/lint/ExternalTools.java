package ai.kubiya.runner.dashboards.lint;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the binaries the tests run (Debian package {@code prometheus}: {@code prometheus},
 * {@code promtool}). Missing binaries fail the test on CI (env {@code CI} set) and skip it elsewhere.
 */
final class ExternalTools {
  private ExternalTools() {}

  static Path require(String binary) {
    Optional<Path> found = find(binary);
    if (found.isEmpty()) {
      String message = binary + " is not installed (Debian package \"prometheus\": apt-get install prometheus)";
      if (System.getenv("CI") != null) {
        fail(message);
      }
      assumeTrue(false, message + "; skipped because CI is not set");
    }
    return found.get();
  }

  static Optional<Path> find(String binary) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, binary);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
