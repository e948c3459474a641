package ai.kubiya.runner.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.testfixtures.ClassLoadLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a {@code render} from the launcher's jar does not do on its way: read annotations (the
 * command models come from the CLI's command index, the values and Kubernetes models from the
 * build's indexes; an annotation read makes the JVM spin a proxy class for its type), initialize
 * the JDK's security providers (checksums are {@code Sha256Sum}), or build Jackson's bean
 * serializers. Each would cost a fresh JVM tens of milliseconds.
 */
class CliJarRenderPathTest {
  /** The class-load log of a default render from the launcher's jar, without an archive. */
  private static List<String> renderLog() throws Exception {
    Path repo = Path.of(System.getProperty("kubiya.repo.dir")).toRealPath();
    Path jar = repo.resolve("runner-cli/target/kubiya-runner.jar");
    assertTrue(Files.isRegularFile(jar), jar + " is missing: mvn -pl runner-cli -am package");
    return ClassLoadLog.of(
        List.of("-jar", jar.toString(), "render", "--release", "demo", "--namespace", "kubiya"));
  }

  @Test
  void aRenderReadsNoAnnotationAndLoadsNoSecurityProviderOrJacksonDatabind() throws Exception {
    List<String> loaded = renderLog();
    assertTrue(
        loaded.stream().anyMatch(l -> l.startsWith("picocli.CommandLine ")),
        "the log lists the classes loaded");
    assertEquals(
        List.of(),
        loaded.stream().filter(l -> l.contains("__dynamic_proxy__")).toList(),
        "proxy classes (annotation instances) made on the way");
    for (String avoided :
        List.of(
            "java.security.MessageDigest ",
            "sun.security.jca.Providers ",
            "com.fasterxml.jackson.databind.ObjectMapper ")) {
      assertFalse(
          loaded.stream().anyMatch(l -> l.startsWith(avoided)), avoided.strip() + " was loaded");
    }
  }

  /**
   * The library's render spins no lambda class: without a class-data archive (a library user's
   * service has none) the JVM makes each lambda's class at run time, about half a millisecond
   * apiece, so the SDK's modules use loops and small named classes on the way to a render.
   */
  @Test
  void aRenderWithoutAnArchiveSpinsNoLambdaClassInTheLibrarysModules() throws Exception {
    List<String> loaded = renderLog();
    assertTrue(
        loaded.stream().anyMatch(l -> l.startsWith("ai.kubiya.runner.manifests.ManifestSet ")),
        "the log lists the classes the render loaded");
    List<String> spun = new ArrayList<>();
    for (String line : loaded) {
      for (String module : List.of("model", "naming", "telemetry", "manifests")) {
        if (line.contains("$$Lambda$") && line.contains("source: ai.kubiya.runner." + module)) {
          spun.add(line);
        }
      }
    }
    assertEquals(List.of(), spun, "lambda classes spun by the library's modules");
  }
}
