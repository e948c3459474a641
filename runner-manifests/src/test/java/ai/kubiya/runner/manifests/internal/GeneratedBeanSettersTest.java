package ai.kubiya.runner.manifests.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The setters generated at build time ({@code GeneratedBeanSetters}) are in the build, and do for
 * every indexed fabric8 bean what its reflected methods do.
 */
class GeneratedBeanSettersTest {
  private static BeanSetters code() {
    BeanSetters code = BeanSetters.generated();
    assertNotNull(
        code,
        BeanSetters.GENERATED
            + " is missing from target/classes: runner-manifests' build generates and compiles it"
            + " at process-classes (mvn test does; an IDE build alone does not)");
    return code;
  }

  @Test
  void theBuildGeneratedTheSetters() {
    assertEquals(BeanSetters.GENERATED, code().getClass().getName());
    assertEquals(-1, code().number("io.fabric8.kubernetes.api.model.NoSuchBean"));
  }

  @Test
  void theSourceIsTheSameInEveryJvm() throws Exception {
    Path built =
        Path.of("target/generated-sources/accessors")
            .resolve(BeanSetters.GENERATED.replace('.', '/') + ".java");
    assertTrue(Files.isRegularFile(built), built + " is missing: mvn process-classes writes it");
    assertEquals(
        Files.readString(built),
        BeanSettersSource.of(DirectConverter.reflectedBeans()).toString(),
        "the build's JVM and this one generate the same source");
  }

  @Test
  void everyIndexedBeanIsMadeAndFilledAsByItsReflectedMethods() throws Exception {
    BeanSetters code = code();
    int beans = 0;
    int setters = 0;
    for (Map.Entry<String, BeanIndex.Entry> e : DirectConverter.reflectedBeans().entrySet()) {
      BeanIndex.Entry entry = e.getValue();
      if (entry == BeanIndex.Entry.JACKSON) {
        continue;
      }
      Class<?> type = Class.forName(e.getKey());
      int number = code.number(type.getName());
      assertTrue(number >= 0, type + " has no generated setters");
      assertEquals(entry.toString(), code.layout(number), type + ": generated from this entry");
      Object fresh = type.getConstructor().newInstance();
      assertEquals(fresh, code.create(number), type + " made by its constructor");
      assertEquals(type, code.create(number).getClass());
      int property = 0;
      for (Map.Entry<String, String[]> s : new TreeMap<>(entry.setters).entrySet()) {
        String where = type.getName() + "." + s.getKey();
        String[] setter = s.getValue();
        if (setter[2].isEmpty()) {
          Method method = type.getMethod(setter[0], Class.forName(setter[1]));
          Type parameter = method.getGenericParameterTypes()[0];
          assertEquals(parameter, code.type(number, property), where + ": parameter type");
          assertEquals(code.type(number, property), parameter, where + ": parameter type");
          assertEquals(parameter.hashCode(), code.type(number, property).hashCode(), where);
          Object value = Sentinels.of(parameter, property);
          Object byCode = code.create(number);
          code.set(number, property, byCode, value);
          Object byMethod = type.getConstructor().newInstance();
          method.invoke(byMethod, value);
          assertEquals(byMethod, byCode, where + ": set as its method sets it");
          assertNotEquals(fresh, byCode, where + ": the generated setter changed nothing");
          setters++;
        } else {
          assertNull(code.type(number, property), where + ": Jackson sets it");
        }
        property++;
      }
      if (entry.anySetter != null) {
        Object byCode = code.create(number);
        code.setAny(number, byCode, "future", "sentinel");
        Object byMethod = type.getConstructor().newInstance();
        type.getMethod(entry.anySetter, String.class, Object.class)
            .invoke(byMethod, "future", "sentinel");
        assertEquals(byMethod, byCode, type + ": additional property");
        assertNotEquals(fresh, byCode, type + ": the additional property was not set");
      }
      beans++;
    }
    assertTrue(beans >= 50, "beans: " + beans);
    assertTrue(setters >= 300, "setters: " + setters);
  }
}
