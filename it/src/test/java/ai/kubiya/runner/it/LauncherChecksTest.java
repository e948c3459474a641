package ai.kubiya.runner.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code ./kubiya-runner} decides before it starts a JVM, without starting processes of its
 * own: whether the jar is older than its sources (a walk by bash itself), the checkout it belongs
 * to (however it is called), and the JDK a symlinked {@code java} leads to (cached while the link
 * leads to the same file). Each test runs the real launcher and library on a checkout made in a
 * temporary directory, with a stand-in {@code java} that prints its arguments.
 */
class LauncherChecksTest {
  private static final Path REPO = Path.of(System.getProperty("kubiya.repo.dir"));
  private static final FileTime BUILT = FileTime.fromMillis(1_700_000_000_000L);
  private static final FileTime BEFORE = FileTime.fromMillis(1_699_000_000_000L);
  private static final FileTime AFTER = FileTime.fromMillis(1_701_000_000_000L);

  @TempDir Path tmp;

  /** The build's inputs in {@link #checkout()}. */
  private static final List<String> INPUTS =
      List.of(
          "pom.xml",
          "runner-a/pom.xml",
          "runner-a/src/main/java/a/A.java",
          "runner-a/src/main/resources/a.txt",
          "runner-a/src/build/java/a/Step.java",
          "runner-cli/pom.xml",
          "runner-cli/src/main/java/c/Cli.java");

  /** Files of {@link #checkout()} the jar is not built from. */
  private static final List<String> NOT_INPUTS =
      List.of("runner-a/src/test/java/a/ATest.java", "examples/src/main/java/e/Example.java");

  private static final String JAR = "runner-cli/target/kubiya-runner.jar";

  /** A checkout with two modules' sources, all older than its jar. */
  private Path checkout() throws IOException {
    Path root = tmp.resolve("checkout");
    List<String> files = new ArrayList<>(INPUTS);
    files.addAll(NOT_INPUTS);
    files.add(JAR);
    for (String file : files) {
      Path path = root.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, file);
    }
    try (var all = Files.walk(root)) {
      for (Path path : (Iterable<Path>) all::iterator) {
        Files.setLastModifiedTime(path, BEFORE);
      }
    }
    Files.setLastModifiedTime(root.resolve(JAR), BUILT);
    return root;
  }

  /** {@code kubiya_jar_is_stale ROOT}'s status, then the shell's glob options after the call. */
  private static String staleness(Path root, String before, Map<String, String> env)
      throws Exception {
    String lib = REPO.resolve("scripts/lib/build-if-stale.sh").toString();
    String script =
        before
            + "; . '"
            + lib
            + "'; kubiya_jar_is_stale '"
            + root
            + "'; echo \"status $?\"; shopt -p globstar nullglob dotglob";
    return run(List.of("/bin/bash", "-c", script), env, null).out;
  }

  private static boolean stale(Path root) throws Exception {
    String out = staleness(root, "true", Map.of());
    assertTrue(out.startsWith("status "), out);
    return out.startsWith("status 0");
  }

  @Test
  void theJarIsStaleExactlyWhenABuildInputIsNewer() throws Exception {
    Path root = checkout();
    assertEquals(false, stale(root), "nothing changed since the build");

    for (String input : INPUTS) {
      Path path = root.resolve(input);
      Files.setLastModifiedTime(path, AFTER);
      assertEquals(true, stale(root), input + " edited after the build");
      Files.setLastModifiedTime(path, BEFORE);
    }
    for (String other : NOT_INPUTS) {
      Files.setLastModifiedTime(root.resolve(other), AFTER);
      assertEquals(false, stale(root), other + " is not an input of the jar");
    }
  }

  @Test
  void deletedAddedAndHiddenSourcesCount() throws Exception {
    Path root = checkout();
    Path dir = root.resolve("runner-a/src/main/java/a");
    Files.delete(dir.resolve("A.java"));
    Files.setLastModifiedTime(dir, AFTER); // as the deletion leaves it
    assertEquals(true, stale(root), "a deleted source");
    Files.setLastModifiedTime(dir, BEFORE);
    assertEquals(false, stale(root));

    Path hidden = root.resolve("runner-a/src/main/resources/.hidden/x.properties");
    Files.createDirectories(hidden.getParent());
    Files.writeString(hidden, "x");
    Files.setLastModifiedTime(hidden, BEFORE);
    Files.setLastModifiedTime(hidden.getParent(), BEFORE);
    Files.setLastModifiedTime(hidden.getParent().getParent(), BEFORE);
    assertEquals(false, stale(root), "the hidden file as old as the jar");
    Files.setLastModifiedTime(hidden, AFTER);
    assertEquals(true, stale(root), "a file in a hidden directory");
  }

  @Test
  void aMissingJarIsStaleAndTheSkipAndTheLoneJarAreHonoured() throws Exception {
    Path root = checkout();
    Files.setLastModifiedTime(root.resolve("runner-a/src/main/java/a/A.java"), AFTER);
    assertTrue(
        staleness(root, "true", Map.of("KUBIYA_RUNNER_SKIP_BUILD_CHECK", "1"))
            .startsWith("status 1"),
        "KUBIYA_RUNNER_SKIP_BUILD_CHECK=1 uses the jar as it is");
    Files.delete(root.resolve("pom.xml"));
    assertEquals(false, stale(root), "a jar shipped without its sources is never rebuilt");
    Files.delete(root.resolve("runner-cli/target/kubiya-runner.jar"));
    assertEquals(true, stale(root), "no jar");
  }

  @Test
  void theCallersGlobOptionsAreLeftAsTheyWere() throws Exception {
    Path root = checkout();
    assertEquals(
        "status 1\nshopt -u globstar\nshopt -u nullglob\nshopt -u dotglob\n",
        staleness(root, "shopt -u globstar nullglob dotglob", Map.of()));
    assertEquals(
        "status 1\nshopt -s globstar\nshopt -s nullglob\nshopt -s dotglob\n",
        staleness(root, "shopt -s globstar nullglob dotglob", Map.of()));
  }

  /** A checkout holding the real launcher, with no POM: the jar is used as it is. */
  private Path launcherCheckout() throws IOException {
    Path root = tmp.resolve("runner");
    Files.createDirectories(root.resolve("scripts/lib"));
    Files.createDirectories(root.resolve("runner-cli/target/launcher"));
    Files.copy(REPO.resolve("kubiya-runner"), root.resolve("kubiya-runner"));
    Files.copy(
        REPO.resolve("scripts/lib/build-if-stale.sh"),
        root.resolve("scripts/lib/build-if-stale.sh"));
    Files.writeString(root.resolve("runner-cli/target/kubiya-runner.jar"), "jar");
    return root;
  }

  /** A JDK stand-in: a {@code release} file and a {@code bin/java} that prints its arguments. */
  private Path fakeJdk(String name, String version) throws IOException {
    Path home = tmp.resolve(name);
    Path java = home.resolve("bin/java");
    Files.createDirectories(java.getParent());
    Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
    Files.writeString(java, "#!/bin/sh\necho \"" + name + " $*\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return java;
  }

  @Test
  void theCheckoutIsFoundHoweverTheLauncherIsCalled() throws Exception {
    Path root = launcherCheckout();
    Path bin = tmp.resolve("path");
    Files.createDirectories(bin);
    Files.createSymbolicLink(bin.resolve("java"), fakeJdk("jdk-a", "17.0.1"));
    Files.createDirectories(root.resolve("sub"));
    Path link = tmp.resolve("link-to-launcher");
    Files.createSymbolicLink(link, root.resolve("kubiya-runner"));
    String expected =
        "jdk-a "
            + "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -jar "
            + root.toRealPath()
            + "/runner-cli/target/kubiya-runner.jar names\n";
    Map<String, String> env = Map.of("PATH", bin + ":/usr/bin:/bin", "KUBIYA_RUNNER_CDS", "off");
    for (List<String> call :
        List.of(
            List.of("./kubiya-runner"),
            List.of(root.toRealPath() + "/kubiya-runner"),
            List.of("sub/../kubiya-runner"),
            List.of("./sub/.././kubiya-runner"),
            List.of(link.toString()))) {
      List<String> command = new ArrayList<>(List.of("/bin/bash"));
      command.addAll(call);
      command.add("names");
      ProcessRun result = run(command, env, root.toRealPath());
      assertEquals(0, result.exit, call + ": " + result.out);
      assertEquals(expected, result.out, "called as " + call);
    }
  }

  @Test
  void aSymlinkedJavaIsResolvedAgainWhenItLeadsElsewhere() throws Exception {
    Path root = launcherCheckout();
    Path bin = tmp.resolve("path");
    Files.createDirectories(bin);
    Path java = bin.resolve("java");
    Path jdkA = fakeJdk("jdk-a", "17.0.1");
    Path jdkB = fakeJdk("jdk-b", "21.0.2");
    Path cache = root.resolve("runner-cli/target/launcher/java-path");
    Map<String, String> env = Map.of("PATH", bin + ":/usr/bin:/bin", "KUBIYA_RUNNER_CDS", "off");
    List<String> command = List.of("/bin/bash", root.resolve("kubiya-runner").toString(), "names");

    Files.createSymbolicLink(java, jdkA);
    assertTrue(run(command, env, tmp).out.startsWith("jdk-a "));
    assertEquals(java + "\n" + jdkA.toRealPath() + "\n", Files.readString(cache));
    assertTrue(run(command, env, tmp).out.startsWith("jdk-a "), "from the cache");

    // update-alternatives: the same link now leads to another JDK
    Files.delete(java);
    Files.createSymbolicLink(java, jdkB);
    assertTrue(run(command, env, tmp).out.startsWith("jdk-b "));
    assertEquals(java + "\n" + jdkB.toRealPath() + "\n", Files.readString(cache));

    // a cache that names a file the link does not lead to is not believed
    Files.writeString(cache, java + "\n" + jdkA.toRealPath() + "\n");
    run(command, env, tmp);
    assertEquals(java + "\n" + jdkB.toRealPath() + "\n", Files.readString(cache));
    try (var left = Files.list(cache.getParent())) {
      assertEquals(List.of(cache), left.toList(), "no temporary file is left behind");
    }
  }

  private static ProcessRun run(List<String> command, Map<String, String> env, Path dir)
      throws IOException, InterruptedException {
    return ProcessRun.run(
        command,
        dir,
        Set.of("KUBIYA_RUNNER_JAVA_OPTS", "KUBIYA_RUNNER_SKIP_BUILD_CHECK"),
        env,
        true);
  }
}
