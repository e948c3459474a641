package ai.kubiya.runner.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.kubiya.runner.model.values.RunnerConfigLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parity with chart 0.6.2: every render case of shared/reference, rendered by the SDK, matches the
 * chart's {@code helm template} output under the project's comparator, except for the documented
 * fixes in docs/divergences.allow.
 */
class RenderConformanceTest {
  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> everyRenderCaseMatchesTheChart() throws IOException {
    Path reference = Path.of(System.getProperty("kubiya.reference.dir", "../../shared/reference"));
    Path cases = reference.resolve("render-cases");
    assumeTrue(Files.isDirectory(cases), "no shared/reference render cases at " + cases);
    Path comparator = reference.getParent().resolve("tools/manifest_diff.py");
    Path allow = Path.of(System.getProperty("maven.multiModuleProjectDirectory", "..")).resolve("docs/divergences.allow");
    if (!Files.exists(allow)) {
      allow = Path.of("../docs/divergences.allow");
    }
    Path allowFile = allow;
    List<Path> dirs;
    try (Stream<Path> s = Files.list(cases)) {
      dirs = s.filter(Files::isDirectory).sorted().collect(Collectors.toList());
    }
    assertTrue(dirs.size() >= 10, "expected the ten public render cases, found " + dirs.size());
    return dirs.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir, comparator, allowFile)));
  }

  private void check(Path dir, Path comparator, Path allow) throws Exception {
    Map<String, String> meta = caseInfo(dir.resolve("case.yaml"));
    RunnerConfigLoader loader = RunnerConfigLoader.create().release(meta.get("release")).namespace(meta.get("namespace"));
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(p -> p.getFileName().toString().matches("values-\\d+\\.yaml"))
          .sorted((a, b) -> Integer.compare(index(a), index(b)))
          .forEach(loader::valuesFile);
    }
    String yaml = RunnerManifests.of(loader.load()).build().toYaml();
    Path actual = tmp.resolve(dir.getFileName() + ".yaml");
    Files.writeString(actual, yaml, StandardCharsets.UTF_8);
    Process p =
        new ProcessBuilder(
                python(), comparator.toString(), dir.resolve("expected.yaml").toString(), actual.toString(),
                "--namespace", meta.get("namespace"), "--allow", allow.toString(), "--quiet")
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "comparator timed out");
    assertEquals(0, p.exitValue(), "comparator found differences:\n" + output);
  }

  /** The python3 with PyYAML that scripts/test.sh found, else python3 from PATH. */
  private static String python() {
    String fromEnv = System.getenv("KUBIYA_PYTHON");
    return fromEnv == null || fromEnv.isBlank() ? "python3" : fromEnv;
  }

  private static int index(Path p) {
    String n = p.getFileName().toString();
    return Integer.parseInt(n.substring("values-".length(), n.length() - ".yaml".length()));
  }

  private static Map<String, String> caseInfo(Path file) throws IOException {
    return Files.readAllLines(file).stream()
        .filter(l -> l.contains(":"))
        .collect(Collectors.toMap(l -> l.substring(0, l.indexOf(':')).trim(), l -> l.substring(l.indexOf(':') + 1).trim()));
  }
}
