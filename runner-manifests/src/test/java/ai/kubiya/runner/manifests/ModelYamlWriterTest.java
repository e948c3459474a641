package ai.kubiya.runner.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.manifests.internal.WriterIndex;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import ai.kubiya.runner.testfixtures.ConformanceFixtures;
import ai.kubiya.runner.testfixtures.RenderCase;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
    List<RenderCase> cases = ConformanceFixtures.renderCases();
    assertTrue(
        cases.size() >= 10,
        "expected the ten public render cases in conformance/render-cases, found " + cases.size());
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  @Test
  void theBuildsIndexHoldsEveryClassAsTheAnnotationsPlanIt() throws Exception {
    assertNotNull(
        WriterIndex.class.getResource(WriterIndex.RESOURCE),
        "fabric8-writers.idx is missing: the build writes it at process-classes (mvn test does)");
    Map<String, WriterIndex.Entry> annotated =
        ModelYamlWriter.annotatedPlans(WriterIndexBuild.roots());
    assertTrue(annotated.size() >= 100, "fabric8 classes: " + annotated.size());
    for (Map.Entry<String, WriterIndex.Entry> e : annotated.entrySet()) {
      assertEquals(
          e.getValue(), ModelYamlWriter.indexedPlan(Class.forName(e.getKey())), e.getKey());
    }
    // every class the render cases and the richer renders write is indexed
    for (RenderCase c : ConformanceFixtures.renderCases()) {
      RunnerConfigLoader loader =
          RunnerConfigLoader.create()
              .release(c.release())
              .namespace(c.namespace())
              .valuesFiles(c.valuesFiles());
      RunnerManifests.of(loader.load()).skipValidation().build().toYaml();
    }
    richRendersAreWrittenAsJacksonWrites();
    for (Class<?> written : ModelYamlWriter.plannedModelTypes()) {
      assertNotNull(WriterIndex.entry(written), written + " is written but not indexed");
    }
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

  private static void check(RenderCase renderCase) {
    RunnerConfigLoader loader =
        RunnerConfigLoader.create()
            .release(renderCase.release())
            .namespace(renderCase.namespace())
            .valuesFiles(renderCase.valuesFiles());
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
}
