package ai.kubiya.runner.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Assertions on plain values trees. */
final class Trees {
  private Trees() {}

  /** Equal as values, in key order and scalar types, as Jackson and the templates see them. */
  static void assertSameTree(Object expected, Object actual, String path) {
    if (expected == null) {
      assertNull(actual, path);
      return;
    }
    assertNotNull(actual, path);
    if (expected instanceof Map) {
      assertTrue(actual instanceof Map, path + " is a map");
      Map<?, ?> e = (Map<?, ?>) expected;
      Map<?, ?> a = (Map<?, ?>) actual;
      assertEquals(new ArrayList<>(e.keySet()), new ArrayList<>(a.keySet()), path);
      e.forEach((k, v) -> assertSameTree(v, a.get(k), path + "." + k));
    } else if (expected instanceof List) {
      assertTrue(actual instanceof List, path + " is a list");
      List<?> e = (List<?>) expected;
      List<?> a = (List<?>) actual;
      assertEquals(e.size(), a.size(), path);
      for (int i = 0; i < e.size(); i++) {
        assertSameTree(e.get(i), a.get(i), path + "[" + i + "]");
      }
    } else {
      assertEquals(expected.getClass(), actual.getClass(), path);
      assertEquals(expected, actual, path);
    }
  }
}
