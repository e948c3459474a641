package ai.kubiya.runner.testfixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstalledToolsTest {
  @TempDir Path tmp;

  private Path program(String dir, String name, boolean executable) throws IOException {
    Path file = Files.createDirectories(tmp.resolve(dir)).resolve(name);
    Files.writeString(file, "#!/bin/sh\n");
    Files.setPosixFilePermissions(
        file, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
    return file;
  }

  @Test
  void pathComesFirstThenTheDebianDirectories() throws IOException {
    Path onPath = program("bin", "tool", true);
    Path debian = program("sbin", "tool", true);
    assertEquals(
        Optional.of(onPath),
        InstalledTools.find(
            "tool", "" + File.pathSeparator + tmp.resolve("bin"), List.of(debian.getParent())));
    assertEquals(
        Optional.of(debian),
        InstalledTools.find("tool", tmp.resolve("empty").toString(), List.of(debian.getParent())));
    assertEquals(
        Optional.of(debian), InstalledTools.find("tool", null, List.of(debian.getParent())));
  }

  @Test
  void aFileThatIsNotExecutableIsNotTheProgram() throws IOException {
    Path plain = program("bin", "tool", false);
    assertEquals(
        Optional.empty(), InstalledTools.find("tool", plain.getParent().toString(), List.of()));
  }

  @Test
  void aMissingProgramFailsNamingItsPackage() {
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () -> InstalledTools.require("no-such-program-kubiya", "kubiya-tools"));
    assertEquals(
        "no-such-program-kubiya is not installed: not on PATH, nor in /usr/sbin or /usr/bin"
            + " (Debian package kubiya-tools: apt-get install kubiya-tools; scripts/test.sh"
            + " installs it)",
        e.getMessage());
  }

  @Test
  void onlyAFileNameIsAProgram() {
    assertThrows(
        IllegalArgumentException.class, () -> InstalledTools.find("../sh", "/bin", List.of()));
  }

  @Test
  void theShellIsFound() {
    assertTrue(Files.isExecutable(InstalledTools.require("sh", "dash")));
  }
}
