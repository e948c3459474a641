package ai.kubiya.runner.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The launcher's jar holds no class file older than Java 6: class-data sharing cannot archive such
 * classes and the JVM verifies them with its slow old verifier, on every start (runner-cli's {@code
 * class-file-upgrade} build step rewrites picocli's Java 5 class files).
 */
class CliJarClassFilesTest {
  private static final int JAVA_6 = 50;

  @Test
  void everyClassFileIsArchivable() throws IOException {
    Path repo = Path.of(System.getProperty("kubiya.repo.dir")).toRealPath();
    Path jar = repo.resolve("runner-cli/target/kubiya-runner.jar");
    assertTrue(
        Files.isRegularFile(jar),
        jar + " is missing: build it with mvn -pl runner-cli -am package");
    List<String> old = new ArrayList<>();
    int classes = 0;
    try (JarFile file = new JarFile(jar.toFile(), false)) {
      for (JarEntry entry : Collections.list(file.entries())) {
        if (!entry.getName().endsWith(".class")) {
          continue;
        }
        classes++;
        try (InputStream in = file.getInputStream(entry)) {
          byte[] header = in.readNBytes(8);
          int major = ((header[6] & 0xff) << 8) | (header[7] & 0xff);
          if (major < JAVA_6) {
            old.add(entry.getName() + " (major version " + major + ")");
          }
        }
      }
    }
    assertTrue(classes > 1_000, "the jar holds the CLI and its libraries: " + classes + " classes");
    assertTrue(
        file(jar, "picocli/CommandLine.class"), "picocli is in the jar (the step has work to do)");
    assertEquals(List.of(), old, "class files the start-up archive cannot hold");
  }

  private static boolean file(Path jar, String name) throws IOException {
    try (JarFile file = new JarFile(jar.toFile(), false)) {
      return file.getEntry(name) != null;
    }
  }
}
