package ai.kubiya.runner.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ai.kubiya.runner.model.values.RunnerConfigLoader;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link ModelYamlWriter} writes every object byte for byte as Jackson's serializers did: every
 * object of every render case, richer renders, and hand-made objects with the model's special cases
 * (quantities, int-or-strings, empty lists, additional properties, values only Jackson writes).
 */
class ModelYamlWriterTest {
  @TestFactory
  Stream<DynamicTest> everyObjectOfEveryRenderCaseIsWrittenAsJacksonWrites() throws IOException {
    Path cases = renderCases();
    List<Path> dirs;
    try (Stream<Path> s = Files.list(cases)) {
      dirs = s.filter(Files::isDirectory).sorted().collect(Collectors.toList());
    }
    assertTrue(
        dirs.size() >= 10,
        "expected the ten public render cases in " + cases + ", found " + dirs.size());
    return dirs.stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  @Test
  void richRendersAreWrittenAsJacksonWrites() {
    for (String[] sets :
        List.of(
            new String[] {},
            new String[] {
              "nats.jwt=a",
              "nats.secondJwt=b",
              "toolManager.adminClusterRole.create=true",
              "alloy.controller.type=daemonset"
            },
            new String[] {
              "alloy.livedebugging.enabled=true",
              "alloy.extraExporters.cadvisor.enabled=true",
              "organization=o: #x"
            })) {
      assertWrittenAsJacksonWrites(Renders.render(sets).objects());
    }
  }

  @Test
  void specialValuesAreWrittenAsJacksonWrites() {
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("uuid", UUID.fromString("123e4567-e89b-12d3-a456-426614174000")); // Jackson writes it
    extra.put("nested", Map.of("list", List.of(1, 2L, 2.5, true)));
    extra.put("nothing", null);
    Map<String, Object> withNull = new LinkedHashMap<>();
    withNull.put("gone", null); // left out below additional properties, kept in a model map
    withNull.put("kept", 1);
    extra.put("map", withNull);
    extra.put("list", new ArrayList<>(java.util.Arrays.asList(withNull, null)));
    extra.put("emptyList", List.of());
    extra.put("emptyString", "");
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("a", "b");
    labels.put("none", null);
    Deployment deployment =
        new DeploymentBuilder()
            .withNewMetadata()
            .withName("d")
            .withLabels(labels)
            .endMetadata()
            .withNewSpec()
            .withReplicas(2)
            .withNewTemplate()
            .withNewSpec()
            .withContainers(
                new ContainerBuilder()
                    .withName("c")
                    .withArgs(new ArrayList<>())
                    .withNewResources()
                    .addToLimits("cpu", new Quantity("500", "m"))
                    .addToRequests("memory", new Quantity("64Mi"))
                    .endResources()
                    .withNewLivenessProbe()
                    .withNewHttpGet()
                    .withPath("/")
                    .withPort(new IntOrString("http"))
                    .endHttpGet()
                    .endLivenessProbe()
                    .build())
            .endSpec()
            .endTemplate()
            .endSpec()
            .build();
    deployment.getAdditionalProperties().putAll(extra);
    assertWrittenAsJacksonWrites(
        List.of(
            deployment,
            new ServiceBuilder()
                .withNewMetadata()
                .withName("s")
                .endMetadata()
                .withNewSpec()
                .addNewPort()
                .withPort(80)
                .withTargetPort(new IntOrString(8080))
                .endPort()
                .endSpec()
                .build(),
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("empty")
                .endMetadata()
                .withData(Map.of())
                .build()));
  }

  private static void check(Path dir) throws IOException {
    Map<String, String> meta = caseInfo(dir.resolve("case.yaml"));
    RunnerConfigLoader loader =
        RunnerConfigLoader.create().release(meta.get("release")).namespace(meta.get("namespace"));
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(p -> p.getFileName().toString().matches("values-\\d+\\.yaml"))
          .sorted()
          .forEach(loader::valuesFile);
    }
    assertWrittenAsJacksonWrites(RunnerManifests.of(loader.load()).build().objects());
  }

  private static void assertWrittenAsJacksonWrites(List<? extends HasMetadata> objects) {
    assertTrue(!objects.isEmpty(), "nothing rendered");
    for (HasMetadata object : objects) {
      assertEquals(
          ManifestYaml.renderWithJackson(object),
          ManifestYaml.render(object),
          object.getKind() + "/" + object.getMetadata().getName());
    }
  }

  /**
   * The render cases: under {@code -Dkubiya.conformance.dir} (the repository's conformance/, set by
   * the build) when set, else {@code ../conformance}. None found fails, naming where it looked.
   */
  static Path renderCases() {
    List<Path> candidates = new ArrayList<>();
    String dir = System.getProperty("kubiya.conformance.dir");
    candidates.add(
        dir != null && !dir.isBlank()
            ? Path.of(dir, "render-cases")
            : Path.of("../conformance/render-cases"));
    for (Path candidate : candidates) {
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return fail(
        "no render cases at "
            + candidates.stream()
                .map(p -> p.toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(" or "))
            + ": set -Dkubiya.conformance.dir=<repository>/conformance (restore "
            + "it: git checkout -- conformance)");
  }

  private static Map<String, String> caseInfo(Path file) throws IOException {
    return Files.readAllLines(file).stream()
        .filter(l -> l.contains(":"))
        .collect(
            Collectors.toMap(
                l -> l.substring(0, l.indexOf(':')).trim(),
                l -> l.substring(l.indexOf(':') + 1).trim()));
  }
}
