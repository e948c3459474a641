package ai.kubiya.runner.dashboards;

import ai.kubiya.runner.testfixtures.ConformanceFixtures;
import java.nio.file.Path;
import java.util.List;

/** The chart's exported dashboards under the repository's {@code conformance/} folder. */
public final class ReferenceDashboards {
  private ReferenceDashboards() {}

  /** The nine exported dashboard files, sorted by name; fails when there is none. */
  public static List<Path> files() {
    return ConformanceFixtures.files("dashboards", ".json");
  }

  /** One exported dashboard file by name (without {@code .json}). */
  public static Path file(String name) {
    return ConformanceFixtures.file("dashboards/" + name + ".json");
  }
}
