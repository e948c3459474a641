package ai.kubiya.runner.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.model.RunnerValues;
import ai.kubiya.runner.model.internal.JsonNames;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The unknown-keys check's schema of every values type, as the build's index gives it, equals the
 * schema reflection over the type's accessors gives.
 */
class UnknownKeysSchemaTest {
  @Test
  void theIndexedSchemaOfEveryValuesTypeIsTheReflectedOne() {
    Deque<Class<?>> todo = new ArrayDeque<>(Set.of(RunnerValues.class));
    Set<Class<?>> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      Class<?> type = todo.poll();
      if (!seen.add(type)) {
        continue;
      }
      Map<String, Class<?>> reflected = UnknownKeysCheck.introspect(type);
      Map<String, Class<?>> indexed = JsonNames.schema(type);
      assertNotNull(indexed, type + " is not in the build's index");
      assertEquals(reflected, indexed, type.getName());
      for (Class<?> section : reflected.values()) {
        if (section != null) {
          todo.add(section);
        }
      }
    }
    assertTrue(seen.size() >= 30, "values types walked: " + seen.size());
  }
}
