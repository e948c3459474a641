package ai.kubiya.runner.manifests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ai.kubiya.runner.manifests.diff.AllowList;
import ai.kubiya.runner.manifests.diff.DiffFormatter;
import ai.kubiya.runner.manifests.diff.DiffResult;
import ai.kubiya.runner.manifests.diff.Difference;
import ai.kubiya.runner.manifests.diff.ManifestDiff;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import ai.kubiya.runner.testfixtures.ConformanceFixtures;
import ai.kubiya.runner.testfixtures.RenderCase;
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
    ManifestDiff diff = ManifestDiff.create().allow(AllowList.read(allowFile()));
    List<RenderCase> cases = ConformanceFixtures.renderCases();
    assertTrue(
        cases.size() >= MINIMUM_CASES,
        "expected at least "
            + MINIMUM_CASES
            + " render cases in conformance/render-cases, found "
            + cases.size()
            + " (conformance/generate_cases.py makes them)");
    Map<String, Integer> used = new LinkedHashMap<>();
    allowEntries().forEach(regex -> used.put(regex, 0));
    Stream<DynamicTest> each =
        cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c, diff, used)));
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

  private static void check(RenderCase renderCase, ManifestDiff diff, Map<String, Integer> used)
      throws IOException {
    String name = renderCase.name();
    String namespace = renderCase.namespace();
    Path expected = renderCase.expected();
    RunnerConfigLoader loader =
        RunnerConfigLoader.create()
            .release(renderCase.release())
            .namespace(namespace)
            .valuesFiles(renderCase.valuesFiles());
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
}
