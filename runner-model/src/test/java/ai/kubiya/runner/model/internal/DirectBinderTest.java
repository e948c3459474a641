package ai.kubiya.runner.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.model.RunnerValues;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import ai.kubiya.runner.model.values.ValuesException;
import ai.kubiya.runner.testfixtures.ConformanceFixtures;
import ai.kubiya.runner.testfixtures.RenderCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The direct binder gives exactly what Jackson gives, or leaves the tree to Jackson. */
class DirectBinderTest {
  private static RunnerValues jackson(Map<String, Object> tree) {
    return ValuesCodec.Jackson.MAPPER.convertValue(tree, RunnerValues.class);
  }

  private static Map<String, Object> merged(String... yaml) {
    RunnerConfigLoader loader = RunnerConfigLoader.create();
    for (int i = 0; i < yaml.length; i++) {
      loader.valuesYaml("values-" + i + ".yaml", yaml[i]);
    }
    return loader.mergedTree();
  }

  @Test
  void equalsJacksonOnTheDefaultsAndEveryRenderCase() {
    List<RenderCase> cases = ConformanceFixtures.renderCases();
    assertTrue(cases.size() >= 160, "render cases found: " + cases.size());
    int direct = 0;
    for (RenderCase dir : cases) {
      RunnerConfigLoader loader = RunnerConfigLoader.create().valuesFiles(dir.valuesFiles());
      Map<String, Object> tree = loader.mergedTree();
      RunnerValues bound = DirectBinder.bind(tree, RunnerValues.class);
      String name = dir.name();
      if (bound != null) {
        direct++;
        assertEquals(jackson(tree), bound, name);
      }
      RunnerValues values = jackson(tree);
      // the direct trees: as Jackson serializes the values, in key order and value types
      Trees.assertSameTree(ValuesCodec.serialize(values), values.toMap(), name);
      for (Object section :
          List.of(
              values.nats(),
              values.registryTls(),
              values.kubiyaOperator(),
              values.agentManager(),
              values.toolManager(),
              values.imageUpdater(),
              values.dagger(),
              values.kubestatemetrics(),
              values.alloy())) {
        Map<String, Object> sectionTree = DirectBinder.toTree(section);
        assertNotNull(sectionTree, name + ": " + section.getClass().getSimpleName());
        Trees.assertSameTree(
            ValuesCodec.Jackson.MAPPER.convertValue(section, Map.class),
            sectionTree,
            name + " section");
      }
    }
    // the generated cases use the values' own types: nearly all bind without Jackson
    assertTrue(direct >= cases.size() * 9 / 10, "bound directly: " + direct + "/" + cases.size());
    Map<String, Object> defaults = ValuesCodec.defaultTree();
    assertEquals(jackson(defaults), DirectBinder.bind(defaults, RunnerValues.class));
  }

  @Test
  void theBuildsIndexHoldsEveryValuesTypeAsReflectionPlansIt() throws Exception {
    assertNotNull(
        BindingIndex.class.getResource(BindingIndex.RESOURCE),
        "values-bindings.idx is missing: the build writes it at process-classes (mvn test does)");
    Map<String, BindingIndex.Entry> reflected = DirectBinder.reflectedPlans(RunnerValues.class);
    assertTrue(reflected.size() >= 30, "values types: " + reflected.keySet());
    for (Map.Entry<String, BindingIndex.Entry> e : reflected.entrySet()) {
      Class<?> type = Class.forName(e.getKey());
      assertEquals(e.getValue(), DirectBinder.indexedPlan(type), e.getKey());
    }
    // and the index holds nothing else (no type a binding would plan by reflection)
    for (RenderCase dir : ConformanceFixtures.renderCases()) {
      DirectBinder.bind(
          RunnerConfigLoader.create().valuesFiles(dir.valuesFiles()).mergedTree(),
          RunnerValues.class);
    }
    for (Class<?> planned : DirectBinder.plannedTypes()) {
      assertNotNull(BindingIndex.entry(planned), planned + " is planned but not indexed");
    }
  }

  @Test
  void theBuildGeneratesDirectCallsForEveryValuesTypeAsReflectionPlansThem() {
    Map<Class<?>, DirectBinder.Plan> reflected =
        DirectBinder.reflectedPlanObjects(RunnerValues.class);
    assertTrue(reflected.size() >= 30, "values types: " + reflected.keySet());
    for (Map.Entry<Class<?>, DirectBinder.Plan> e : reflected.entrySet()) {
      Class<?> type = e.getKey();
      assertNotNull(
          ValuesAccess.generated(type),
          type.getName()
              + ": no generated calls (GeneratedValuesAccess is written and compiled at"
              + " process-classes; mvn test runs it)");
      DirectBinder.Plan plan = DirectBinder.Plan.of(type);
      assertFalse(plan.calls instanceof DirectBinder.Reflected, type + " planned by reflection");
      assertEquals(e.getValue().describe(), plan.describe(), type.getName());
      List<String> declared = new ArrayList<>();
      List<String> generated = new ArrayList<>();
      e.getValue().properties.values().forEach(p -> declared.add(p.type.getTypeName()));
      plan.properties.values().forEach(p -> generated.add(p.type.getTypeName()));
      assertEquals(declared, generated, type.getName() + ": the properties' declared types");
    }
  }

  @Test
  void generatedAndReflectedCallsBindAndReadEverySectionAlike() {
    for (RenderCase dir : ConformanceFixtures.renderCases()) {
      Map<String, Object> tree =
          RunnerConfigLoader.create().valuesFiles(dir.valuesFiles()).mergedTree();
      RunnerValues values = ValuesCodec.bind(tree);
      for (Map.Entry<String, Object> e : tree.entrySet()) {
        Object section = sectionOf(values, e.getKey());
        if (section == null || !(e.getValue() instanceof Map)) {
          continue;
        }
        Class<?> type = section.getClass().getSuperclass();
        DirectBinder.Plan generated = DirectBinder.Plan.of(type);
        DirectBinder.Plan reflected = DirectBinder.Plan.reflected(type);
        String name = dir.name() + ": " + e.getKey();
        assertEquals(
            bindOrNull(reflected, (Map<?, ?>) e.getValue()),
            bindOrNull(generated, (Map<?, ?>) e.getValue()),
            name);
        assertEquals(reflected.tree(section), generated.tree(section), name);
      }
    }
  }

  private static Object sectionOf(RunnerValues values, String key) {
    switch (key) {
      case "nats":
        return values.nats();
      case "toolManager":
        return values.toolManager();
      case "agentManager":
        return values.agentManager();
      case "kubiyaOperator":
        return values.kubiyaOperator();
      case "alloy":
        return values.alloy();
      case "dagger":
        return values.dagger();
      default:
        return null;
    }
  }

  private static Object bindOrNull(DirectBinder.Plan plan, Map<?, ?> tree) {
    try {
      return plan.bind(tree);
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName(); // both give up alike
    }
  }

  @Test
  void unknownKeysGoToExtrasInOrderAsJacksonPutsThem() {
    Map<String, Object> tree =
        merged("toolManager:\n  zz: 1\n  aa: {b: [1, x, 2.5, true]}\nnewTopLevel: {k: v}\n");
    RunnerValues bound = DirectBinder.bind(tree, RunnerValues.class);
    assertNotNull(bound);
    assertEquals(jackson(tree), bound);
    assertEquals(List.of("zz", "aa"), List.copyOf(bound.toolManager().extras().keySet()));
    assertEquals(Map.of("k", "v"), bound.extras().get("newTopLevel"));
  }

  @Test
  void coercionsNullsAndErrorsAreLeftToJackson() {
    // a string where an int goes: Jackson coerces it
    Map<String, Object> coerced = merged("toolManager:\n  replicas: \"3\"\n");
    assertNull(DirectBinder.bind(coerced, RunnerValues.class));
    assertEquals(3, ValuesCodec.bind(coerced).toolManager().replicas());
    // an int or a boolean where a string goes: text, as Jackson writes it
    Map<String, Object> number = merged("organization: 42\nuuid: true\n");
    assertEquals(jackson(number), DirectBinder.bind(number, RunnerValues.class));
    assertEquals("42", ValuesCodec.bind(number).organization());
    // a float where a string goes: Jackson's own formatting, so Jackson binds it
    Map<String, Object> decimal = merged("organization: 4.20\n");
    assertNull(DirectBinder.bind(decimal, RunnerValues.class));
    assertEquals(jackson(decimal), ValuesCodec.bind(decimal));
    // null for a value with a default: Jackson keeps the default
    Map<String, Object> nulled =
        merged("toolManager:\n  otelCollectorMetricsScrapeAppName: null\n");
    assertEquals(jackson(nulled), ValuesCodec.bind(nulled));
    // a float where an int goes, a string where a section goes: Jackson's errors, with their paths
    for (String bad : List.of("toolManager:\n  replicas: 2.5\n", "toolManager: nope\n")) {
      Map<String, Object> tree = merged(bad);
      assertNull(DirectBinder.bind(tree, RunnerValues.class), bad);
      ValuesException e = assertThrows(ValuesException.class, () -> ValuesCodec.bind(tree));
      assertTrue(e.path().startsWith("toolManager"), e.path());
    }
  }
}
