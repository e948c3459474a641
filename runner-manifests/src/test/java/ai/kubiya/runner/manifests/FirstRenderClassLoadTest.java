package ai.kubiya.runner.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A fresh JVM's first render of the default runner goes through the generated accessors and loads
 * only the fabric8 classes it uses: no builder or fluent class (every model class names its builder
 * in {@code edit()}, so a reflective method look-up on one loads them) and none of the volume
 * sources the values do not hold. Checked in a JVM of its own, by its class-load log.
 */
class FirstRenderClassLoadTest {
  private static final String MODEL = "io.fabric8.kubernetes.api.model.";

  @Test
  void aFirstRenderUsesTheGeneratedAccessorsAndLoadsNoUnusedFabric8Class() throws Exception {
    Path dir = Files.createTempDirectory("first-render");
    Path log = dir.resolve("class-load.log");
    Path yaml = dir.resolve("render.yaml");
    try {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process p =
          new ProcessBuilder(
                  java,
                  "-Xlog:class+load=info:file=" + log,
                  "-cp",
                  System.getProperty("java.class.path"),
                  FirstRender.class.getName(),
                  yaml.toString())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(2, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("the render did not finish within 2 minutes");
      }
      assertEquals(0, p.exitValue(), "the forked render's exit code");
      assertEquals(
          Renders.render().toYaml(),
          Files.readString(yaml, StandardCharsets.UTF_8),
          "the same YAML as in this JVM");
      List<String> loaded = loadedClasses(log);
      for (String used :
          List.of(
              ModelGetters.GENERATED,
              "ai.kubiya.runner.manifests.internal.GeneratedBeanSetters",
              MODEL + "Volume", // converted from the values: the generated setters' work
              MODEL + "SecretVolumeSource")) {
        assertTrue(loaded.contains(used), used + " was not loaded: the render took another path");
      }
      List<String> unused = new ArrayList<>();
      for (String name : loaded) {
        if (name.startsWith("io.fabric8.")
            && (name.endsWith("Fluent")
                || name.endsWith("Builder")
                || name.equals(MODEL + "QuobyteVolumeSource")
                || name.equals(MODEL + "AzureDiskVolumeSource"))) {
          unused.add(name);
        }
      }
      assertEquals(List.of(), unused, "fabric8 classes loaded that the render does not use");
    } finally {
      Files.deleteIfExists(log);
      Files.deleteIfExists(yaml);
      Files.deleteIfExists(dir);
    }
  }

  /** The class names of a {@code -Xlog:class+load} log. */
  private static List<String> loadedClasses(Path log) throws IOException {
    List<String> names = new ArrayList<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      int start = line.indexOf("[class,load] ");
      if (start >= 0) {
        String rest = line.substring(start + "[class,load] ".length());
        int space = rest.indexOf(' ');
        names.add(space < 0 ? rest : rest.substring(0, space));
      }
    }
    assertTrue(names.contains("java.lang.Object"), "the log lists the classes loaded: " + log);
    return names;
  }

  /** Renders the default runner into the file {@code args[0]}, in a JVM of its own. */
  static final class FirstRender {
    public static void main(String[] args) throws IOException {
      Files.writeString(Path.of(args[0]), Renders.render().toYaml(), StandardCharsets.UTF_8);
    }
  }
}
