package ai.kubiya.runner.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code ./kubiya-runner --version} and the top-level help are printed by the launcher, without a
 * JVM, from texts the build writes next to the jar: byte for byte what the jar prints, plain or
 * coloured as picocli decides (a terminal, {@code NO_COLOR}, {@code CLICOLOR_FORCE}).
 */
class LauncherQuickAnswersTest {
  private static final Path REPO = Path.of(System.getProperty("kubiya.repo.dir"));
  private static final Path JAR = REPO.resolve("runner-cli/target/kubiya-runner.jar");
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @Test
  void theLauncherAnswersAsTheJarDoes() throws Exception {
    assertTrue(Files.isRegularFile(JAR), JAR + " is missing: mvn -pl runner-cli -am package");
    for (List<String> args :
        List.<List<String>>of(
            List.of(), List.of("--version"), List.of("-V"), List.of("--help"), List.of("-h"))) {
      ProcessRun jar = run(Map.of(), withJar(args));
      ProcessRun launcher = run(Map.of(), withLauncher(args));
      assertEquals(0, jar.exit, "java -jar " + args + ": " + jar.out);
      assertEquals(jar, launcher, "./kubiya-runner " + args);
    }
  }

  @Test
  void noJvmStartsForTheQuickAnswers() throws Exception {
    // no java on PATH: the launcher would fail if it started one
    for (List<String> args :
        List.<List<String>>of(List.of("--version"), List.of("-h"), List.of())) {
      ProcessRun launcher = run(Map.of("PATH", ""), withLauncher(args));
      assertEquals(0, launcher.exit, launcher.out);
      assertEquals(run(Map.of(), withJar(args)), launcher, "./kubiya-runner " + args);
    }
    ProcessRun render = run(Map.of("PATH", ""), withLauncher(List.of("names")));
    assertEquals(1, render.exit, "other commands need the JVM: " + render.out);
  }

  @Test
  void inATerminalTheHelpIsColouredAsPicocliDecides() throws Exception {
    Path script = Path.of("/usr/bin/script");
    assertTrue(
        Files.isExecutable(script),
        "/usr/bin/script (Debian package bsdutils) runs a command in a terminal; it is missing");
    for (Map<String, String> env :
        List.of(
            Map.<String, String>of(),
            Map.of("NO_COLOR", "1"),
            Map.of("CLICOLOR", "0"),
            Map.of("CLICOLOR_FORCE", "1"))) {
      ProcessRun jar = run(env, inTerminal(String.join(" ", withJar(List.of("--help")))));
      ProcessRun launcher = run(env, inTerminal(String.join(" ", withLauncher(List.of("--help")))));
      assertEquals(jar, launcher, "in a terminal with " + env);
      assertEquals(
          !env.containsKey("NO_COLOR") && !env.containsKey("CLICOLOR"),
          launcher.out.contains("\u001b["),
          "colours with " + env);
    }
  }

  private static List<String> withJar(List<String> args) {
    List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
    command.addAll(args);
    return command;
  }

  private static List<String> withLauncher(List<String> args) {
    List<String> command =
        new ArrayList<>(List.of("/bin/bash", REPO.resolve("kubiya-runner").toString()));
    command.addAll(args);
    return command;
  }

  private static List<String> inTerminal(String command) {
    return List.of("/usr/bin/script", "-qec", command, "/dev/null");
  }

  private static ProcessRun run(Map<String, String> env, List<String> command)
      throws IOException, InterruptedException {
    Map<String, String> with = new java.util.HashMap<>(env);
    with.putIfAbsent("KUBIYA_RUNNER_SKIP_BUILD_CHECK", "1");
    return ProcessRun.run(
        command,
        null,
        Set.of("KUBIYA_RUNNER_JAVA_OPTS", "NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE"),
        with,
        false);
  }
}
