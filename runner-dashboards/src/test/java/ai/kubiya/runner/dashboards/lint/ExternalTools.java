package ai.kubiya.runner.dashboards.lint;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the binaries the tests run (Debian package {@code prometheus}: {@code prometheus}, {@code
 * promtool}). A missing binary fails the test, naming the package to install.
 */
final class ExternalTools {
  private ExternalTools() {}

  static Path require(String binary) {
    Optional<Path> found = find(binary);
    if (found.isEmpty()) {
      fail(
          binary
              + " is not on PATH (Debian package \"prometheus\": apt-get install prometheus;"
              + " scripts/test.sh installs it)");
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
