package ai.kubiya.runner.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.manifests.internal.Sentinels;
import ai.kubiya.runner.manifests.internal.WriterIndex;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The getters generated at build time ({@code GeneratedModelGetters}) are in the build, and read
 * for every class of the writer's index what its fields hold: each field in turn is set to a
 * sentinel, and every value the generated getters read must be what {@code Field.get} returns.
 */
class GeneratedModelGettersTest {
  private static ModelGetters code() {
    ModelGetters code = ModelGetters.generated();
    assertNotNull(
        code,
        ModelGetters.GENERATED
            + " is missing from target/classes: runner-manifests' build generates and compiles it"
            + " at process-classes (mvn test does; an IDE build alone does not)");
    return code;
  }

  @Test
  void theBuildGeneratedTheGetters() {
    assertEquals(ModelGetters.GENERATED, code().getClass().getName());
    assertEquals(-1, code().number("io.fabric8.kubernetes.api.model.NoSuchClass"));
  }

  @Test
  void theSourceIsTheSameInEveryJvm() throws Exception {
    Path built =
        Path.of("target/generated-sources/accessors")
            .resolve(ModelGetters.GENERATED.replace('.', '/') + ".java");
    assertTrue(Files.isRegularFile(built), built + " is missing: mvn process-classes writes it");
    assertEquals(
        Files.readString(built),
        ModelGettersSource.of(ModelYamlWriter.annotatedPlans(WriterIndexBuild.roots())).toString(),
        "the build's JVM and this one generate the same source");
  }

  @Test
  void everyIndexedClassIsReadAsItsFieldsHoldIt() throws Exception {
    ModelGetters code = code();
    int classes = 0;
    int properties = 0;
    for (Map.Entry<String, WriterIndex.Entry> e :
        ModelYamlWriter.annotatedPlans(WriterIndexBuild.roots()).entrySet()) {
      WriterIndex.Entry entry = e.getValue();
      if (entry == WriterIndex.Entry.JACKSON) {
        continue;
      }
      Class<?> type = Class.forName(e.getKey());
      int number = code.number(type.getName());
      assertTrue(number >= 0, type + " has no generated getters");
      assertEquals(entry.toString(), code.layout(number), type + ": generated from this entry");
      int n = entry.properties.size();
      Field[] fields = new Field[n];
      StringBuilder kinds = new StringBuilder();
      for (int i = 0; i < n; i++) {
        fields[i] = type.getDeclaredField(entry.properties.get(i).field);
        fields[i].setAccessible(true);
        Class<?> declared = fields[i].getType();
        kinds.append(
            declared == String.class
                ? 'S'
                : declared == List.class ? 'L' : declared == Map.class ? 'M' : 'O');
      }
      assertEquals(kinds.toString(), code.kinds(number), type + ": declared types");
      Field any = null;
      if (entry.anyField != null) {
        any = type.getDeclaredField(entry.anyField);
        any.setAccessible(true);
      }
      // each field in turn holds a sentinel (the additional properties last): every value read
      // must be what the fields hold
      for (int set = 0; set <= n; set++) {
        Object bean = type.getConstructor().newInstance();
        if (set < n) {
          fields[set].set(bean, Sentinels.of(fields[set].getGenericType(), set));
        } else if (any != null) {
          any.set(bean, new HashMap<>(Map.of("future", "sentinel")));
        }
        Object[] read = new Object[n + (any == null ? 0 : 1)];
        code.read(number, bean, read);
        for (int i = 0; i < read.length; i++) {
          Field field = i < n ? fields[i] : any;
          String where = type.getName() + "." + field.getName() + ", property " + set + " set";
          Object expected = field.get(bean);
          if (field.getType().isPrimitive()) { // boxed by each read
            assertEquals(expected, read[i], where);
          } else {
            assertSame(expected, read[i], where);
          }
        }
        properties++;
      }
      classes++;
    }
    assertTrue(classes >= 100, "classes: " + classes);
    assertTrue(properties >= 500, "properties: " + properties);
  }
}
