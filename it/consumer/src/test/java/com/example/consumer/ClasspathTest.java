package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What importing only runner-bom gives a consumer: one Jackson, named SDK modules. */
class ClasspathTest {
  /** The runtime class path Maven resolved for this project (dependency:build-classpath). */
  private static List<Path> runtimeClasspath() throws IOException {
    String file = System.getProperty("consumer.runtime.classpath.file");
    assertTrue(
        file != null, "system property consumer.runtime.classpath.file is not set (see pom.xml)");
    String text = Files.readString(Path.of(file)).trim();
    List<Path> jars = new ArrayList<>();
    for (String entry : text.split(File.pathSeparator)) {
      jars.add(Path.of(entry));
    }
    return jars;
  }

  private static List<Path> testClasspath() {
    List<Path> jars = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.endsWith(".jar")) {
        jars.add(Path.of(entry));
      }
    }
    return jars;
  }

  /** groupId:artifactId -> version of the jars under a repository-layout path. */
  private static Map<String, String> jackson(List<Path> jars) {
    Map<String, String> versions = new TreeMap<>();
    for (Path jar : jars) {
      String path = jar.toString().replace(File.separatorChar, '/');
      int at = path.indexOf("/com/fasterxml/jackson/");
      if (at < 0) {
        continue;
      }
      Path versionDir = jar.getParent();
      String version = versionDir.getFileName().toString();
      String artifact = versionDir.getParent().getFileName().toString();
      String previous = versions.put(artifact, version);
      assertTrue(
          previous == null || previous.equals(version),
          artifact + " twice: " + previous + ", " + version);
    }
    return versions;
  }

  /**
   * One Jackson release: every artifact at the same version, except jackson-annotations, which
   * since Jackson 2.20 carries only major.minor (2.21 with 2.21.x).
   */
  private static void assertOneJackson(Map<String, String> versions) {
    assertTrue(versions.containsKey("jackson-databind"), "no jackson-databind in " + versions);
    String databind = versions.get("jackson-databind");
    String line = databind.substring(0, databind.lastIndexOf('.'));
    Set<String> others = new TreeSet<>();
    versions.forEach((artifact, version) -> {
      if (artifact.equals("jackson-annotations")) {
        assertEquals(
            line,
            version,
            "jackson-annotations must be " + line + " with databind " + databind + ": " + versions);
      } else if (!version.equals(databind)) {
        others.add(artifact + ":" + version);
      }
    });
    assertTrue(others.isEmpty(), "Jackson artifacts not at " + databind + ": " + others);
  }

  @Test
  void everyJacksonArtifactOfTheRuntimeClasspathHasOneVersion() throws IOException {
    Map<String, String> versions = jackson(runtimeClasspath());
    System.out.println("Jackson on the runtime class path: " + versions);
    assertOneJackson(versions);
  }

  @Test
  void theTestClasspathWithTheMockServerKeepsOneJacksonToo() {
    assertOneJackson(jackson(testClasspath()));
  }

  @Test
  void sdkJarsAreNamedModules() throws IOException {
    List<Path> jars = runtimeClasspath();
    long bytes = 0;
    for (Path jar : jars) {
      bytes += Files.size(jar);
    }
    System.out.printf(
        "runtime class path (runner-manifests, runner-dashboards, runner-deployer): "
            + "%d jars, %.1f MB%n",
        jars.size(), bytes / 1e6);
    List<Path> sdk = jars.stream()
        .filter(p -> p.toString().replace(File.separatorChar, '/').contains("/ai/kubiya/runner/"))
        .collect(Collectors.toList());
    assertEquals(Set.of("runner-model", "runner-naming", "runner-telemetry", "runner-manifests",
            "runner-dashboards", "runner-deployer"),
        sdk.stream()
            .map(p -> p.getParent().getParent().getFileName().toString())
            .collect(Collectors.toSet()));
    for (Path jar : sdk) {
      String artifact = jar.getParent().getParent().getFileName().toString();
      String expected = "ai.kubiya.runner." + artifact.substring("runner-".length());
      try (JarFile j = new JarFile(jar.toFile())) {
        assertEquals(
            expected,
            j.getManifest().getMainAttributes().getValue("Automatic-Module-Name"),
            jar.toString());
      }
      Set<ModuleReference> found = ModuleFinder.of(jar).findAll();
      assertEquals(
          expected,
          found.iterator().next().descriptor().name(),
          "module name the JDK derives for " + jar);
    }
  }
}
