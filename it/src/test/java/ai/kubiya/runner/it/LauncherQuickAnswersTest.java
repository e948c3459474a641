package ai.kubiya.runner.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
      Result jar = run(Map.of(), withJar(args));
      Result launcher = run(Map.of(), withLauncher(args));
      assertEquals(0, jar.exit, "java -jar " + args + ": " + jar.out);
      assertEquals(jar, launcher, "./kubiya-runner " + args);
    }
  }

  @Test
  void noJvmStartsForTheQuickAnswers() throws Exception {
    // no java on PATH: the launcher would fail if it started one
    for (List<String> args :
        List.<List<String>>of(List.of("--version"), List.of("-h"), List.of())) {
      Result launcher = run(Map.of("PATH", ""), withLauncher(args));
      assertEquals(0, launcher.exit, launcher.out);
      assertEquals(run(Map.of(), withJar(args)), launcher, "./kubiya-runner " + args);
    }
    Result render = run(Map.of("PATH", ""), withLauncher(List.of("names")));
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
      Result jar = run(env, inTerminal(String.join(" ", withJar(List.of("--help")))));
      Result launcher = run(env, inTerminal(String.join(" ", withLauncher(List.of("--help")))));
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

  private static Result run(Map<String, String> env, List<String> command)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("launcher", ".out");
    try {
      ProcessBuilder pb =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      pb.environment().remove("KUBIYA_RUNNER_JAVA_OPTS");
      pb.environment().remove("NO_COLOR");
      pb.environment().remove("CLICOLOR");
      pb.environment().remove("CLICOLOR_FORCE");
      pb.environment().put("KUBIYA_RUNNER_SKIP_BUILD_CHECK", "1");
      pb.environment().putAll(env);
      Process p = pb.start();
      if (!p.waitFor(2, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError(command + " did not finish within 2 minutes");
      }
      return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
    }
  }

  /** An exit code and the standard output. */
  private static final class Result {
    final int exit;
    final String out;

    Result(int exit, String out) {
      this.exit = exit;
      this.out = out;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Result && ((Result) o).exit == exit && ((Result) o).out.equals(out);
    }

    @Override
    public int hashCode() {
      return exit * 31 + out.hashCode();
    }

    @Override
    public String toString() {
      return "exit " + exit + ":\n" + out;
    }
  }
}
