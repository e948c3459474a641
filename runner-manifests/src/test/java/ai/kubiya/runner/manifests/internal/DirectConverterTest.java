package ai.kubiya.runner.manifests.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.model.values.RunnerConfigLoader;
import ai.kubiya.runner.testfixtures.ConformanceFixtures;
import ai.kubiya.runner.testfixtures.RenderCase;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The direct converter gives exactly what Jackson gives, or leaves the tree to Jackson. */
class DirectConverterTest {
  /** Keys under which values hold Kubernetes YAML, and the fabric8 type each one converts to. */
  private static final Map<String, Class<?>> KINDS =
      Map.of(
          "volumes", Volume.class,
          "volumeMounts", VolumeMount.class,
          "securityContext", SecurityContext.class,
          "readinessProbe", Probe.class,
          "affinity", Affinity.class,
          "tolerations", Toleration.class,
          "valueFrom", EnvVarSource.class);

  private final ObjectMapper jackson = RenderContext.Jackson.MAPPER;
  private int direct;

  private void check(Object tree, Class<?> type, String where) {
    Object converted = DirectConverter.convert(tree, type);
    if (converted != null) {
      direct++;
      assertEquals(jackson.convertValue(tree, type), converted, where);
    }
  }

  private void walk(Object value, String path) {
    if (value instanceof Map) {
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        String child = path + "." + e.getKey();
        Class<?> type = KINDS.get(String.valueOf(e.getKey()));
        if (type != null && e.getValue() instanceof List) {
          for (Object item : (List<?>) e.getValue()) {
            check(item, type, child);
          }
        } else if (type != null && e.getValue() instanceof Map) {
          check(e.getValue(), type, child);
        }
        walk(e.getValue(), child);
      }
    } else if (value instanceof List) {
      int i = 0;
      for (Object item : (List<?>) value) {
        walk(item, path + "[" + i++ + "]");
      }
    }
  }

  @Test
  void equalsJacksonOnEveryKubernetesTreeOfEveryRenderCase() {
    List<RenderCase> cases = ConformanceFixtures.renderCases();
    for (RenderCase dir : cases) {
      RunnerConfigLoader loader = RunnerConfigLoader.create().valuesFiles(dir.valuesFiles());
      walk(loader.mergedTree(), dir.name());
    }
    assertTrue(direct > cases.size(), "converted directly: " + direct);
  }

  @Test
  void theBuildsIndexHoldsEveryBeanAsReflectionPlansIt() throws Exception {
    assertNotNull(
        BeanIndex.class.getResource(BeanIndex.RESOURCE),
        "fabric8-beans.idx is missing: the build writes it at process-classes (mvn test does)");
    Map<String, BeanIndex.Entry> reflected = DirectConverter.reflectedBeans();
    assertTrue(reflected.size() >= 50, "fabric8 types: " + reflected.size());
    for (Map.Entry<String, BeanIndex.Entry> e : reflected.entrySet()) {
      assertEquals(
          e.getValue(), DirectConverter.indexedBean(Class.forName(e.getKey())), e.getKey());
    }
    // every bean a render case converts is indexed (none is planned by reflection)
    equalsJacksonOnEveryKubernetesTreeOfEveryRenderCase();
    for (Class<?> planned : DirectConverter.plannedTypes()) {
      assertNotNull(BeanIndex.entry(planned), planned + " is converted but not indexed");
    }
  }

  @Test
  void unknownKeysBecomeAdditionalPropertiesAsWithJackson() {
    Map<String, Object> tree =
        Map.of("name", "v", "secret", Map.of("secretName", "s", "future", List.of(1, "x")));
    Volume volume = DirectConverter.convert(tree, Volume.class);
    assertNotNull(volume);
    assertEquals(jackson.convertValue(tree, Volume.class), volume);
    assertEquals(List.of(1, "x"), volume.getSecret().getAdditionalProperties().get("future"));
  }

  @Test
  void quantitiesIntOrStringsAndCoercionsAreLeftToJackson() {
    // a quantity (emptyDir.sizeLimit), an int-or-string (httpGet.port), a string for an int
    assertNull(
        DirectConverter.convert(
            Map.of("name", "v", "emptyDir", Map.of("sizeLimit", "1Gi")), Volume.class));
    assertNull(DirectConverter.convert(Map.of("httpGet", Map.of("port", 8080)), Probe.class));
    assertNull(DirectConverter.convert(Map.of("initialDelaySeconds", "5"), Probe.class));
    Map<String, Object> coerced = Map.of("initialDelaySeconds", "5");
    assertEquals(
        jackson.convertValue(coerced, Probe.class), RenderContext.convert(coerced, Probe.class));
  }
}
