package ai.kubiya.runner.manifests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ai.kubiya.runner.manifests.diff.AllowList;
import ai.kubiya.runner.manifests.diff.DiffFormatter;
import ai.kubiya.runner.manifests.diff.DiffResult;
import ai.kubiya.runner.manifests.diff.Difference;
import ai.kubiya.runner.manifests.diff.ManifestDiff;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Parity with chart 0.6.2: every render case of {@code conformance/render-cases} (the ten hand-made
 * ones and the Helm-generated corpus), rendered by the SDK, equals the chart's {@code helm
 * template} output under {@link ManifestDiff}, except for the documented fixes matched by {@code
 * docs/divergences.allow}. Each case is reported by name.
 */
class RenderConformanceTest {
  /** The ten hand-made cases and at least 150 generated ones. */
  static final int MINIMUM_CASES = 160;

  @TestFactory
  Stream<DynamicTest> everyRenderCaseMatchesTheChart() throws IOException {
    Path cases = ConformanceFixtures.file("render-cases");
    ManifestDiff diff = ManifestDiff.create().allow(AllowList.read(allowFile()));
    List<Path> dirs;
    try (Stream<Path> s = Files.list(cases)) {
      dirs = s.filter(Files::isDirectory).sorted().collect(Collectors.toList());
    }
    assertTrue(
        dirs.size() >= MINIMUM_CASES,
        "expected at least "
            + MINIMUM_CASES
            + " render cases in "
            + cases
            + ", found "
            + dirs.size()
            + " (conformance/generate_cases.py makes them)");
    Map<String, Integer> used = new LinkedHashMap<>();
    allowEntries().forEach(regex -> used.put(regex, 0));
    Stream<DynamicTest> each =
        dirs.stream()
            .map(
                dir ->
                    DynamicTest.dynamicTest(
                        dir.getFileName().toString(), () -> check(dir, diff, used)));
    return Stream.concat(
        each,
        Stream.of(
            DynamicTest.dynamicTest(
                "every allow-list entry is used",
                () -> {
                  List<String> unused =
                      used.entrySet().stream()
                          .filter(e -> e.getValue() == 0)
                          .map(Map.Entry::getKey)
                          .collect(Collectors.toList());
                  assertTrue(
                      unused.isEmpty(),
                      "docs/divergences.allow entries no render case needs (remove them): "
                          + unused);
                })));
  }

  private static List<String> allowEntries() throws IOException {
    return Files.readAllLines(allowFile()).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .collect(Collectors.toList());
  }

  private static Path allowFile() {
    Path fixtures = ConformanceFixtures.dir();
    Path allow = fixtures.resolveSibling("docs").resolve("divergences.allow");
    if (!Files.isRegularFile(allow)) {
      fail(
          "missing "
              + allow
              + " (the documented divergences; restore it: git checkout -- "
              + "docs/divergences.allow)");
    }
    return allow;
  }

  private static void check(Path dir, ManifestDiff diff, Map<String, Integer> used)
      throws IOException {
    String name = dir.getFileName().toString();
    Map<String, String> meta =
        caseInfo(ConformanceFixtures.file("render-cases/" + name + "/case.yaml"));
    Path expected = ConformanceFixtures.file("render-cases/" + name + "/expected.yaml");
    List<Path> values = valuesFiles(dir);
    if (values.isEmpty()) {
      fail(
          "missing fixture conformance/render-cases/"
              + name
              + "/values-1.yaml (every case has at least one)");
    }
    String namespace = String.valueOf(meta.get("namespace"));
    RunnerConfigLoader loader =
        RunnerConfigLoader.create()
            .release(String.valueOf(meta.get("release")))
            .namespace(namespace)
            .valuesFiles(values);
    String actual = RunnerManifests.of(loader.load()).build().toYaml();
    DiffResult result =
        diff.namespace(namespace)
            .compare(
                Files.readString(expected, StandardCharsets.UTF_8),
                expected.toString(),
                actual,
                "SDK render of " + name);
    assertTrue(
        result.isEqual(),
        () -> name + ": the SDK's render differs from Helm's:\n" + DiffFormatter.format(result));
    for (Difference d : result.differences()) {
      used.replaceAll((regex, n) -> Pattern.compile(regex).matcher(d.line()).find() ? n + 1 : n);
    }
  }

  /**
   * values-1.yaml, values-2.yaml, ... in order; a gap in the numbers fails naming the missing file.
   */
  private static List<Path> valuesFiles(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files =
          s.filter(p -> p.getFileName().toString().matches("values-\\d+\\.yaml"))
              .sorted((a, b) -> Integer.compare(index(a), index(b)))
              .collect(Collectors.toList());
    }
    for (int i = 0; i < files.size(); i++) {
      if (index(files.get(i)) != i + 1) {
        fail(
            "missing fixture conformance/render-cases/"
                + dir.getFileName()
                + "/values-"
                + (i + 1)
                + ".yaml");
      }
    }
    return files;
  }

  /** {@code release: R} and {@code namespace: NS} of a case.yaml. */
  private static Map<String, String> caseInfo(Path file) throws IOException {
    Map<String, String> info = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        info.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
      }
    }
    if (!info.containsKey("release") || !info.containsKey("namespace")) {
      fail(file + ": needs 'release:' and 'namespace:'");
    }
    return info;
  }

  private static int index(Path p) {
    String n = p.getFileName().toString();
    return Integer.parseInt(n.substring("values-".length(), n.length() - ".yaml".length()));
  }
}
