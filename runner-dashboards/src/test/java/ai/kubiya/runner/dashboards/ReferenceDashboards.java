package ai.kubiya.runner.dashboards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The chart's exported dashboards under the repository's {@code conformance/} folder. */
public final class ReferenceDashboards {
  private ReferenceDashboards() {}

  /** The {@code conformance/} folder; fails the calling test when it is absent. */
  public static Path referenceDir() {
    return ConformanceFixtures.dir();
  }

  /** The nine exported dashboard files, sorted by name. */
  public static List<Path> files() {
    try (Stream<Path> s = Files.list(ConformanceFixtures.file("dashboards"))) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One exported dashboard file by name (without {@code .json}). */
  public static Path file(String name) {
    return ConformanceFixtures.file("dashboards/" + name + ".json");
  }
}
