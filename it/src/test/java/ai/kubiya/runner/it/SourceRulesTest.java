package ai.kubiya.runner.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Source rules the formatter does not enforce, over every module of the repository (benchmarks,
 * examples and the consumer project included): no line of a {@code .java} file is wider than 100
 * columns (google-java-format leaves long string literals and comments as they are), and every
 * public type and public member of a module's {@code src/main/java} has a Javadoc comment (see
 * {@link PublicJavadoc} for what counts as public API). Failures name file:line.
 */
class SourceRulesTest {
  static final int MAX_COLUMNS = 100;
  private static final Set<String> SKIPPED_DIRS = Set.of("target", "node_modules");

  private static Path repo;

  @BeforeAll
  static void findRepository() throws IOException {
    String dir = System.getProperty("kubiya.repo.dir");
    assertTrue(dir != null, "system property kubiya.repo.dir is not set (it/pom.xml sets it)");
    repo = Path.of(dir).toRealPath();
  }

  @Test
  void noJavaLineIsWiderThanTheLimit() {
    List<Path> files = javaFiles(repo);
    assertTrue(
        files.contains(
            repo.resolve(
                "runner-dashboards/src/main/java/ai/kubiya/runner/dashboards/model/Panel.java")),
        "expected the repository's Java sources under " + repo + ", found " + files.size());
    List<String> wide = new ArrayList<>();
    files.forEach(f -> wide.addAll(wideLines(repo, f)));
    assertTrue(
        wide.isEmpty(),
        () ->
            "lines over "
                + MAX_COLUMNS
                + " columns (split long string literals into concatenations, wrap comments):\n"
                + String.join("\n", wide));
  }

  @Test
  void everyPublicTypeAndMemberHasJavadoc() {
    List<Path> roots = mainSourceRoots(repo);
    assertTrue(
        roots.contains(repo.resolve("runner-dashboards/src/main/java")),
        "expected runner-dashboards/src/main/java among the source roots: " + roots);
    List<String> missing = new ArrayList<>();
    for (Path root : roots) {
      missing.addAll(PublicJavadoc.missing(repo, javaFiles(root)));
    }
    assertTrue(
        missing.isEmpty(), () -> "public API without Javadoc:\n" + String.join("\n", missing));
  }

  @Test
  void theJavadocRuleFindsWhatIsMissing(@TempDir Path tmp) throws IOException {
    Path source = tmp.resolve("demo/Demo.java");
    Files.createDirectories(source.getParent());
    Files.writeString(
        source,
        String.join(
            "\n",
            "package demo;",
            "/** Documented. */",
            "public abstract class Demo {",
            "  public static final int UNDOCUMENTED = 1;",
            "  /** Documented. */",
            "  public abstract String documented();",
            "  public abstract String undocumented();",
            "  protected void hook() {}",
            "  void packagePrivate() {}",
            "  @Override public String toString() { return \"\"; }",
            "  /** Documented. */",
            "  public enum Kind { /** Documented. */ A, B }",
            "  /** Documented. */",
            "  public interface Api { void implicitlyPublic(); }",
            "  /** Documented. */",
            "  public record Point(int x) { public Point { } }",
            "  private static class Hidden { public void notApi() {} }",
            "}",
            "class PackagePrivate { public void notApi() {} }",
            ""));
    assertEquals(
        List.of(
            "demo/Demo.java:4: field UNDOCUMENTED has no Javadoc",
            "demo/Demo.java:7: method undocumented() has no Javadoc",
            "demo/Demo.java:8: method hook() has no Javadoc",
            "demo/Demo.java:12: field B has no Javadoc",
            "demo/Demo.java:14: method implicitlyPublic() has no Javadoc"),
        PublicJavadoc.missing(tmp, List.of(source)));
  }

  @Test
  void theWidthRuleNamesFileAndLine(@TempDir Path tmp) throws IOException {
    Path source = tmp.resolve("Wide.java");
    Files.writeString(
        source, "class Wide {}\n" + "x".repeat(MAX_COLUMNS) + "\n" + "y".repeat(MAX_COLUMNS + 1));
    assertEquals(List.of("Wide.java:3: 101 columns"), wideLines(tmp, source));
  }

  /** The {@code src/main/java} of every module: each directory with a pom.xml, at any depth. */
  private static List<Path> mainSourceRoots(Path repo) {
    return files(repo, "pom.xml").stream()
        .map(p -> p.resolveSibling("src/main/java"))
        .filter(Files::isDirectory)
        .collect(Collectors.toList());
  }

  private static List<Path> javaFiles(Path dir) {
    return files(dir, ".java");
  }

  /** Files under {@code dir} whose name ends so, sorted; build output and hidden dirs left out. */
  private static List<Path> files(Path dir, String suffix) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              String name = d.getFileName().toString();
              boolean skipped = SKIPPED_DIRS.contains(name) || name.startsWith(".");
              return !d.equals(dir) && skipped
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && f.getFileName().toString().endsWith(suffix)) {
                found.add(f);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
    }
    found.sort(null);
    return found;
  }

  static List<String> wideLines(Path root, Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(root.relativize(file) + ": " + e.getMessage(), e);
    }
    List<String> wide = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      int columns = lines.get(i).codePointCount(0, lines.get(i).length());
      if (columns > MAX_COLUMNS) {
        wide.add(root.relativize(file) + ":" + (i + 1) + ": " + columns + " columns");
      }
    }
    return wide;
  }
}
