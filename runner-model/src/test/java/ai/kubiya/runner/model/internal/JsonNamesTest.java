package ai.kubiya.runner.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.model.RunnerValues;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** The index's JSON names are the annotations' names, for every accessor of every values type. */
class JsonNamesTest {
  @Test
  void everyAccessorIsNamedAsItsAnnotationNamesIt() throws Exception {
    int accessors = 0;
    int renamed = 0;
    for (String name : DirectBinder.reflectedPlans(RunnerValues.class).keySet()) {
      Class<?> type = Class.forName(name);
      assertTrue(BindingIndex.entry(type) != null, name + " is not indexed");
      for (Method m : type.getMethods()) {
        if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())) {
          accessors++;
          String annotated = JsonNames.annotated(m);
          renamed += annotated.equals(m.getName()) ? 0 : 1;
          assertEquals(annotated, JsonNames.of(type, m), name + "." + m.getName());
        }
      }
    }
    assertTrue(accessors > 200, "accessors checked: " + accessors);
    assertTrue(renamed > 0, "some accessors carry another JSON name (kube-state-metrics keys)");
  }
}
