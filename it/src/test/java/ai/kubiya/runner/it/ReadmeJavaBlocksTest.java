package ai.kubiya.runner.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Docs that compile: every {@code ```java} block of the root README and of each module's README is
 * compiled against the SDK (this module's test class path). A block is its imports, then
 * statements; it runs as the body of a method. A comment line right before the fence can name the
 * block and give it variables it uses without declaring them: {@code <!-- snippet: plan | given:
 * RunnerConfig config -->}. A named block must equal the region "// README name" ... "// end" of
 * the consumer project's tests (it/consumer), which run it.
 */
class ReadmeJavaBlocksTest {
  private static final Pattern MARKER =
      Pattern.compile("<!--\\s*snippet:\\s*([\\w-]*)\\s*(?:\\|\\s*given:\\s*(.*?))?\\s*-->");
  private static final Pattern REGION_START = Pattern.compile("^\\s*// README ([\\w-]+)\\s*$");

  private static Path repo;
  private static List<Block> blocks;

  /** One java block of a README. */
  record Block(
      Path readme,
      int fenceLine,
      String name,
      String given,
      List<String> imports,
      List<String> body) {
    String where() {
      return repo.relativize(readme) + ":" + fenceLine;
    }

    String className() {
      String dir =
          repo.relativize(readme).getParent() == null
              ? "root"
              : repo.relativize(readme).getParent().toString();
      return "Readme_" + dir.replaceAll("\\W", "_") + "_" + fenceLine;
    }
  }

  @BeforeAll
  static void readReadmes() throws IOException {
    String dir = System.getProperty("kubiya.repo.dir");
    assertTrue(dir != null, "system property kubiya.repo.dir is not set (it/pom.xml sets it)");
    repo = Path.of(dir).toRealPath();
    List<Path> readmes = new ArrayList<>();
    readmes.add(repo.resolve("README.md"));
    try (Stream<Path> modules = Files.list(repo)) {
      modules
          .filter(
              p ->
                  Files.isRegularFile(p.resolve("pom.xml"))
                      && Files.isRegularFile(p.resolve("README.md")))
          .map(p -> p.resolve("README.md"))
          .sorted()
          .forEach(readmes::add);
    }
    assertTrue(
        readmes.size() >= 9, "expected the root README and the modules' READMEs, found " + readmes);
    blocks = new ArrayList<>();
    for (Path readme : readmes) {
      blocks.addAll(parse(readme));
    }
    assertTrue(blocks.size() >= 15, "too few java blocks found: " + blocks.size());
  }

  static List<Block> parse(Path readme) throws IOException {
    List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).strip().equals("```java")) {
        continue;
      }
      int fence = i + 1;
      String name = null;
      String given = "";
      if (i > 0) {
        Matcher m = MARKER.matcher(lines.get(i - 1).strip());
        if (m.matches()) {
          name = m.group(1).isEmpty() ? null : m.group(1);
          given = m.group(2) == null ? "" : m.group(2);
        }
      }
      List<String> imports = new ArrayList<>();
      List<String> body = new ArrayList<>();
      int j = i + 1;
      for (; j < lines.size() && !lines.get(j).strip().equals("```"); j++) {
        String line = lines.get(j);
        if (body.isEmpty() && line.startsWith("import ")) {
          imports.add(line);
        } else if (!(body.isEmpty() && line.isBlank())) {
          body.add(line);
        }
      }
      if (j == lines.size()) {
        fail(repo.relativize(readme) + ":" + fence + ": unclosed ```java block");
      }
      out.add(new Block(readme, fence, name, given, imports, body));
      i = j;
    }
    return out;
  }

  @Test
  void everyBlockShowsItsImports() {
    List<String> missing =
        blocks.stream().filter(b -> b.imports().isEmpty()).map(Block::where).toList();
    assertEquals(List.of(), missing, "java blocks without imports");
  }

  @Test
  void everyBlockCompilesAgainstTheSdk(@TempDir Path out) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertTrue(javac != null, "no system Java compiler: run the tests on a JDK, not a JRE");
    Map<String, Block> byClass = new LinkedHashMap<>();
    List<JavaFileObject> sources = new ArrayList<>();
    for (Block b : blocks) {
      byClass.put(b.className(), b);
      sources.add(new Source(b.className(), source(b)));
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options =
        List.of(
            "--release",
            "17",
            "-proc:none",
            "-Xlint:none",
            "-nowarn",
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            out.toString());
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean ok = javac.getTask(null, files, diagnostics, options, null, sources).call();
      List<String> errors = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() != Diagnostic.Kind.ERROR) {
          continue;
        }
        String cls =
            d.getSource() == null ? "?" : d.getSource().getName().replaceAll(".*/|\\.java$", "");
        Block b = byClass.get(cls);
        errors.add(
            b == null
                ? d.toString()
                : b.where()
                    + " (line "
                    + readmeLine(b, (int) d.getLineNumber())
                    + "): "
                    + d.getMessage(Locale.ROOT));
      }
      assertTrue(
          ok && errors.isEmpty(),
          "README java blocks that do not compile:\n" + String.join("\n", errors));
    }
  }

  @Test
  void namedBlocksAreWhatTheConsumerProjectRuns() throws IOException {
    Map<String, List<String>> regions = new LinkedHashMap<>();
    Map<String, Set<String>> regionImports = new LinkedHashMap<>();
    Path tests = repo.resolve("it/consumer/src/test/java");
    try (Stream<Path> files = Files.walk(tests)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        Set<String> imports =
            lines.stream().filter(l -> l.startsWith("import ")).collect(Collectors.toSet());
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = REGION_START.matcher(lines.get(i));
          if (!m.matches()) {
            continue;
          }
          List<String> region = new ArrayList<>();
          int j = i + 1;
          for (; j < lines.size() && !lines.get(j).strip().equals("// end"); j++) {
            region.add(lines.get(j));
          }
          assertTrue(
              j < lines.size(), file + ":" + (i + 1) + ": region " + m.group(1) + " has no // end");
          regions.put(m.group(1), dedent(region));
          regionImports.put(m.group(1), imports);
        }
      }
    }
    assertTrue(regions.size() >= 4, "consumer regions found: " + regions.keySet());
    Set<String> named = new TreeSet<>();
    for (Block b : blocks) {
      if (b.name() == null) {
        continue;
      }
      named.add(b.name());
      List<String> region = regions.get(b.name());
      assertTrue(
          region != null,
          b.where() + ": no region \"// README " + b.name() + "\" in " + repo.relativize(tests));
      assertEquals(
          String.join("\n", dedent(b.body())),
          String.join("\n", region),
          b.where() + ": block " + b.name() + " differs from the consumer project's region");
      for (String imp : b.imports()) {
        assertTrue(
            regionImports.get(b.name()).contains(imp),
            b.where() + ": the consumer test lacks " + imp);
      }
    }
    assertEquals(
        new TreeSet<>(regions.keySet()),
        named,
        "consumer regions without a README block, or the reverse");
  }

  private static List<String> dedent(List<String> lines) {
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    List<String> out =
        lines.stream()
            .map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing())
            .collect(Collectors.toCollection(ArrayList::new));
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /** Lines before the body in the generated source: imports, the class and the method lines. */
  private static String source(Block b) {
    StringBuilder s = new StringBuilder();
    b.imports().forEach(i -> s.append(i).append('\n'));
    s.append("class ").append(b.className()).append(" {\n");
    s.append("  void run(").append(b.given()).append(") throws Exception {\n");
    b.body().forEach(l -> s.append(l).append('\n'));
    s.append("  }\n}\n");
    return s.toString();
  }

  private static int readmeLine(Block b, int sourceLine) {
    int header = b.imports().size() + 2;
    if (sourceLine <= b.imports().size()) {
      return b.fenceLine() + sourceLine;
    }
    return b.fenceLine() + b.imports().size() + (sourceLine - header) + blankLinesAfterImports(b);
  }

  private static int blankLinesAfterImports(Block b) {
    try {
      List<String> lines = Files.readAllLines(b.readme());
      int i = b.fenceLine() + b.imports().size();
      int n = 0;
      while (i < lines.size() && lines.get(i).isBlank()) {
        i++;
        n++;
      }
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A source file held in memory. */
  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String className, String text) {
      super(URI.create("string:///" + className + ".java"), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
