package ai.kubiya.runner.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** A process a test runs to its end, stdin empty: its exit code and its standard output. */
final class ProcessRun {
  final int exit;
  final String out;

  private ProcessRun(int exit, String out) {
    this.exit = exit;
    this.out = out;
  }

  /**
   * Runs {@code command} in {@code dir} (null: this one) with the environment less {@code unset}
   * plus {@code env}; its standard error merged into the output, or discarded. Fails the test after
   * two minutes.
   */
  static ProcessRun run(
      List<String> command,
      Path dir,
      Set<String> unset,
      Map<String, String> env,
      boolean mergeStderr)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("process", ".out");
    try {
      ProcessBuilder pb =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      if (mergeStderr) {
        pb.redirectErrorStream(true);
      } else {
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
      }
      if (dir != null) {
        pb.directory(dir.toFile());
      }
      pb.environment().keySet().removeAll(unset);
      pb.environment().putAll(env);
      Process p = pb.start();
      if (!p.waitFor(2, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError(command + " did not finish within 2 minutes");
      }
      return new ProcessRun(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProcessRun
        && ((ProcessRun) o).exit == exit
        && ((ProcessRun) o).out.equals(out);
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
