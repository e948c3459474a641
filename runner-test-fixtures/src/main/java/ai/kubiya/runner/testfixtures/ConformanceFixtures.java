package ai.kubiya.runner.testfixtures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The repository's conformance fixtures, the root {@code conformance/} folder (see its README):
 * chart values, render cases, dashboards and Alloy syntax vectors, for the modules' tests.
 *
 * <p>The folder is found through the system property {@value #DIR_PROPERTY}, which the root pom
 * sets for surefire, else by walking up from the working directory to a {@code
 * conformance/README.md}. No silent skips: a missing folder or file throws an {@link
 * AssertionError} (the calling test fails) naming it and how to get it back.
 *
 * <pre>{@code
 * Path values = ConformanceFixtures.file("chart-0.6.2-values.yaml");
 * for (RenderCase c : ConformanceFixtures.renderCases()) { ... c.valuesFiles() ... }
 * }</pre>
 */
public final class ConformanceFixtures {
  /** The system property naming the {@code conformance/} folder (the root pom sets it). */
  public static final String DIR_PROPERTY = "kubiya.conformance.dir";

  static final String RENDER_CASES = "render-cases";

  private ConformanceFixtures() {}

  /**
   * The {@code conformance/} folder.
   *
   * @return the folder named by {@value #DIR_PROPERTY}, else the first {@code conformance/} with a
   *     README above the working directory
   * @throws AssertionError when the property names a missing folder, or none is found
   */
  public static Path dir() {
    return locate(System.getProperty(DIR_PROPERTY), Path.of("").toAbsolutePath());
  }

  /**
   * A fixture file or folder under {@code conformance/}.
   *
   * @param relative its path below {@code conformance/}, e.g. {@code "dashboards"} or {@code
   *     "render-cases/default/expected.yaml"}
   * @return the existing file or folder
   * @throws AssertionError when it is missing, naming it and how to restore it
   * @throws IllegalArgumentException when {@code relative} is absolute or leaves the folder
   */
  public static Path file(String relative) {
    return file(dir(), relative);
  }

  /**
   * The files of a fixture folder whose names end in {@code suffix}, e.g. the exported dashboards.
   *
   * @param folder its path below {@code conformance/}, e.g. {@code "dashboards"}
   * @param suffix how the files' names end, e.g. {@code ".json"}
   * @return at least one file, sorted by name (a test over them never runs zero cases)
   * @throws AssertionError when the folder is missing or holds no such file
   */
  public static List<Path> files(String folder, String suffix) {
    return files(dir(), folder, suffix);
  }

  /**
   * Every render case of {@code conformance/render-cases}, sorted by name.
   *
   * @return at least one case (a parameterized test over them never runs zero cases)
   * @throws AssertionError when the folder is missing or holds no case
   */
  public static List<RenderCase> renderCases() {
    return renderCases(dir());
  }

  /**
   * One render case by name, e.g. {@code "default"}.
   *
   * @param name the folder name under {@code conformance/render-cases}
   * @return the case; its files are read when asked for
   * @throws AssertionError when the case's folder is missing
   */
  public static RenderCase renderCase(String name) {
    return renderCase(dir(), name);
  }

  /** The folder {@code configured} names when set, else the first one above {@code from}. */
  static Path locate(String configured, Path from) {
    if (configured != null && !configured.isBlank()) {
      Path dir = Path.of(configured);
      if (!Files.isDirectory(dir)) {
        throw new AssertionError(
            "conformance fixtures folder "
                + dir
                + " (-D"
                + DIR_PROPERTY
                + ") is missing (restore it: git checkout -- conformance)");
      }
      return dir;
    }
    for (Path d = from; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("conformance").resolve("README.md"))) {
        return d.resolve("conformance");
      }
    }
    throw new AssertionError(
        "conformance fixtures folder not found above "
            + from
            + " (set -D"
            + DIR_PROPERTY
            + "=<repository>/conformance, as the root pom does, or run from the repository)");
  }

  static Path file(Path dir, String relative) {
    return existing(dir, inside(dir, relative));
  }

  /** {@code path} (under {@code dir}) when it exists; else a loud failure naming it. */
  static Path existing(Path dir, Path path) {
    if (!Files.exists(path)) {
      throw missing(dir, path, "conformance/README.md says where it comes from");
    }
    return path;
  }

  static List<Path> files(Path dir, String folder, String suffix) {
    Path path = file(dir, folder);
    List<Path> files;
    try (Stream<Path> s = Files.list(path)) {
      files =
          s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(suffix))
              .sorted()
              .collect(Collectors.toUnmodifiableList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      String shown = display(dir, path);
      throw new AssertionError(
          "no *"
              + suffix
              + " files in "
              + shown
              + " (restore them: git checkout -- "
              + shown
              + "; conformance/README.md says where they come from)");
    }
    return files;
  }

  static List<RenderCase> renderCases(Path dir) {
    Path cases = file(dir, RENDER_CASES);
    List<RenderCase> all;
    try (Stream<Path> s = Files.list(cases)) {
      all =
          s.filter(Files::isDirectory)
              .sorted()
              .map(d -> new RenderCase(dir, d))
              .collect(Collectors.toUnmodifiableList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + cases + ": " + e.getMessage(), e);
    }
    if (all.isEmpty()) {
      throw new AssertionError(
          "no render cases in "
              + display(dir, cases)
              + " (restore them: git checkout -- conformance/"
              + RENDER_CASES
              + "; conformance/generate_cases.py makes the generated ones)");
    }
    return all;
  }

  static RenderCase renderCase(Path dir, String name) {
    if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
      throw new IllegalArgumentException("render case name " + name + " is not a folder name");
    }
    Path caseDir = inside(dir, RENDER_CASES + "/" + name);
    if (!Files.isDirectory(caseDir)) {
      throw missing(dir, caseDir, "conformance/README.md lists the render cases");
    }
    return new RenderCase(dir, caseDir);
  }

  /** A loud failure for a missing fixture: its path from the repository root and the fix. */
  static AssertionError missing(Path dir, Path path, String where) {
    String shown = display(dir, path);
    return new AssertionError(
        "missing fixture " + shown + " (restore it: git checkout -- " + shown + "; " + where + ")");
  }

  /** {@code path} as {@code conformance/...}, with forward slashes. */
  static String display(Path dir, Path path) {
    String relative = dir.normalize().relativize(path.normalize()).toString().replace('\\', '/');
    return relative.isEmpty() ? "conformance" : "conformance/" + relative;
  }

  private static Path inside(Path dir, String relative) {
    Path path = dir.resolve(relative).normalize();
    if (Path.of(relative).isAbsolute() || !path.startsWith(dir.normalize())) {
      throw new IllegalArgumentException(
          "fixture path " + relative + " is not below the conformance folder");
    }
    return path;
  }
}
