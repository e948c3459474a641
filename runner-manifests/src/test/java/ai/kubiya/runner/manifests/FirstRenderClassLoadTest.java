package ai.kubiya.runner.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.testfixtures.ClassLoadLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fresh JVM's first render of the default runner goes through the generated accessors and loads
 * only the fabric8 classes it uses: no builder or fluent class (every model class names its builder
 * in {@code edit()}, so a reflective method look-up on one loads them) and none of the volume
 * sources the values do not hold; and none of Jackson's core or databind classes (the SDK's own
 * YAML writer and binders do the work; a method that merely names a Jackson type loads it when
 * verified); nor the Alloy pipeline's fixed blocks, whose text comes from the build's snapshot.
 * Checked in a JVM of its own, by its class-load log.
 */
class FirstRenderClassLoadTest {
  private static final String MODEL = "io.fabric8.kubernetes.api.model.";
  private static final String ALLOY = "ai.kubiya.runner.telemetry.alloy.";

  @Test
  void aFirstRenderUsesTheGeneratedAccessorsAndLoadsNoUnusedFabric8OrJacksonClass()
      throws Exception {
    Path yaml = Files.createTempFile("first-render", ".yaml");
    try {
      List<String> loaded =
          ClassLoadLog.names(
              ClassLoadLog.of(
                  List.of(
                      "-cp",
                      System.getProperty("java.class.path"),
                      FirstRender.class.getName(),
                      yaml.toString())));
      assertEquals(
          Renders.render().toYaml(),
          Files.readString(yaml, StandardCharsets.UTF_8),
          "the same YAML as in this JVM");
      for (String used :
          List.of(
              ModelGetters.GENERATED,
              "ai.kubiya.runner.manifests.internal.GeneratedBeanSetters",
              MODEL + "Volume", // converted from the values: the generated setters' work
              MODEL + "SecretVolumeSource",
              ALLOY + "FixedTexts")) {
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
      List<String> jackson = new ArrayList<>();
      for (String name : loaded) {
        if (name.startsWith("com.fasterxml.jackson.core.")
            || name.startsWith("com.fasterxml.jackson.databind.")) {
          jackson.add(name);
        }
      }
      assertEquals(List.of(), jackson, "Jackson classes loaded by a render that needs none");
      // the pipeline's fixed blocks come from the build's snapshot: none is built
      assertFalse(loaded.contains(ALLOY + "RunnerPipeline$Fixed"), "the fixed blocks were built");
    } finally {
      Files.deleteIfExists(yaml);
    }
  }

  /** Renders the default runner into the file {@code args[0]}, in a JVM of its own. */
  static final class FirstRender {
    public static void main(String[] args) throws IOException {
      Files.writeString(Path.of(args[0]), Renders.render().toYaml(), StandardCharsets.UTF_8);
    }
  }
}
