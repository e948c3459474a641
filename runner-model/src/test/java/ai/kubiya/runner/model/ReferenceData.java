package ai.kubiya.runner.model;

import ai.kubiya.runner.model.internal.ValuesDocuments;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The conformance fixtures of the repository's {@code conformance/} folder (chart values, render
 * cases); a missing file fails the test that needs it, naming the file.
 */
public final class ReferenceData {
  private ReferenceData() {}

  /** The {@code conformance/} folder; fails the calling test when it does not exist. */
  public static Path dir() {
    return ConformanceFixtures.dir();
  }

  /** The chart's own {@code values.yaml}. */
  public static Path chartValues() {
    return ConformanceFixtures.file("chart-0.6.2-values.yaml");
  }

  /** Every render case, by directory name. */
  public static List<RenderCase> renderCases() {
    try (Stream<Path> dirs = Files.list(ConformanceFixtures.file("render-cases"))) {
      return dirs.filter(Files::isDirectory)
          .sorted()
          .map(RenderCase::read)
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One render case: release, namespace, values files in order, and what Helm rendered. */
  public static final class RenderCase {
    private final String name;
    private final String release;
    private final String namespace;
    private final List<Path> valuesFiles;
    private final Path expected;

    private RenderCase(
        String name, String release, String namespace, List<Path> valuesFiles, Path expected) {
      this.name = name;
      this.release = release;
      this.namespace = namespace;
      this.valuesFiles = valuesFiles;
      this.expected = expected;
    }

    static RenderCase read(Path dir) {
      Map<String, Object> meta = ValuesDocuments.read(dir.resolve("case.yaml"));
      try (Stream<Path> files = Files.list(dir)) {
        List<Path> values =
            files
                .filter(f -> f.getFileName().toString().matches("values-\\d+\\.yaml"))
                .sorted((a, b) -> Integer.compare(index(a), index(b)))
                .collect(Collectors.toList());
        return new RenderCase(
            dir.getFileName().toString(),
            String.valueOf(meta.get("release")),
            String.valueOf(meta.get("namespace")),
            values,
            dir.resolve("expected.yaml"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static int index(Path valuesFile) {
      String n = valuesFile.getFileName().toString();
      return Integer.parseInt(n.substring("values-".length(), n.length() - ".yaml".length()));
    }

    public String name() {
      return name;
    }

    public String release() {
      return release;
    }

    public String namespace() {
      return namespace;
    }

    public List<Path> valuesFiles() {
      return valuesFiles;
    }

    public Path expected() {
      return expected;
    }

    /** The config Helm rendered this case from. */
    public RunnerConfig load() {
      return RunnerConfigLoader.create()
          .release(release)
          .namespace(namespace)
          .valuesFiles(valuesFiles)
          .load();
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
