package ai.kubiya.runner.dashboards;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The chart's exported dashboards under {@code kubiya.reference.dir}; tests skip when it is absent. */
public final class ReferenceDashboards {
  private ReferenceDashboards() {}

  /** The reference directory, or a skipped test. */
  public static Path referenceDir() {
    String dir = System.getProperty("kubiya.reference.dir");
    assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "reference data not found (kubiya.reference.dir)");
    return Path.of(dir);
  }

  /** The nine exported dashboard files, sorted by name. */
  public static List<Path> files() {
    try (Stream<Path> s = Files.list(referenceDir().resolve("dashboards"))) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One exported dashboard file by name (without {@code .json}). */
  public static Path file(String name) {
    return referenceDir().resolve("dashboards").resolve(name + ".json");
  }
}
