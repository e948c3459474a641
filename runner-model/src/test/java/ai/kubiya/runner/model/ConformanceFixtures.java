package ai.kubiya.runner.model;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's conformance fixtures (the root {@code conformance/} folder, see its README): found
 * through the system property {@code kubiya.conformance.dir} that the build sets, else by walking
 * up from the working directory. A missing folder or file fails the calling test, naming it.
 */
public final class ConformanceFixtures {
  private ConformanceFixtures() {}

  /** The {@code conformance/} folder; fails the calling test when it cannot be found. */
  public static Path dir() {
    String configured = System.getProperty("kubiya.conformance.dir");
    if (configured != null && !configured.isBlank()) {
      Path dir = Path.of(configured);
      if (!Files.isDirectory(dir)) {
        fail(
            "conformance fixtures folder "
                + dir
                + " is missing (restore it: git checkout -- conformance)");
      }
      return dir;
    }
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("conformance/README.md"))) {
        return d.resolve("conformance");
      }
    }
    return fail(
        "conformance fixtures folder not found above "
            + Path.of("").toAbsolutePath()
            + " (set -Dkubiya.conformance.dir or run from the repository)");
  }

  /**
   * A fixture file or folder under {@code conformance/}; fails the calling test when it is missing.
   */
  public static Path file(String relative) {
    Path path = dir().resolve(relative);
    if (!Files.exists(path)) {
      fail(
          "missing fixture conformance/"
              + relative
              + " (restore it: git checkout -- conformance/"
              + relative
              + "; conformance/README.md says where it comes from)");
    }
    return path;
  }
}
