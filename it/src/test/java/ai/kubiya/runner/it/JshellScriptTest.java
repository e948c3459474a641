package ai.kubiya.runner.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./scripts/jshell} renders a runner from piped input: the README's JShell session (its
 * {@code jshell>} lines), piped into the script as a user would.
 */
class JshellScriptTest {
  @Test
  void theReadmeSessionRendersARunner(@TempDir Path tmp) throws IOException, InterruptedException {
    Path repo = Path.of(System.getProperty("kubiya.repo.dir")).toRealPath();
    List<String> session =
        Files.readAllLines(repo.resolve("README.md")).stream()
            .filter(l -> l.startsWith("jshell> "))
            .map(l -> l.substring("jshell> ".length()))
            .collect(Collectors.toList());
    assertEquals(
        3, session.size(), "the README's JShell section shows a three-line session: " + session);

    Path input = tmp.resolve("session.jsh");
    Files.write(input, session);
    Path out = tmp.resolve("out.txt");
    ProcessBuilder pb =
        new ProcessBuilder("bash", repo.resolve("scripts/jshell").toString())
            .directory(tmp.toFile())
            .redirectInput(input.toFile())
            .redirectOutput(out.toFile())
            .redirectErrorStream(true);
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process p = pb.start();
    if (!p.waitFor(15, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError(
          "scripts/jshell did not finish within 15 minutes:\n" + Files.readString(out));
    }
    String output = Files.readString(out, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), output);
    assertTrue(output.contains("kind: Deployment"), output);
    assertTrue(output.contains("name: tool-manager"), output);
    assertTrue(
        output.contains("replicas: 2"), "the session's --set reached the render:\n" + output);
    assertTrue(!output.contains("Exception") && !output.contains("|  Error"), output);
  }
}
