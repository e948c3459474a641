package ai.kubiya.runner.testfixtures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What a fresh JVM loads: runs {@code java -Xlog:class+load <arguments>} (this JVM's {@code java})
 * and gives the lines of its class-load log, one per class, as {@code name source: where}. The run
 * must exit 0 within two minutes; its output is discarded.
 */
public final class ClassLoadLog {
  private ClassLoadLog() {}

  /** The log's lines, each without its decorations ({@code [uptime][info][class,load]}). */
  public static List<String> of(List<String> arguments) throws IOException, InterruptedException {
    Path log = Files.createTempFile("class-load", ".log");
    try {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xlog:class+load=info:file=" + log);
      command.addAll(arguments);
      Process p =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(2, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("java " + arguments + " did not finish within 2 minutes");
      }
      if (p.exitValue() != 0) {
        throw new AssertionError("java " + arguments + " exited " + p.exitValue());
      }
      List<String> lines = new ArrayList<>();
      for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        int start = line.indexOf("[class,load] ");
        if (start >= 0) {
          lines.add(line.substring(start + "[class,load] ".length()));
        }
      }
      if (lines.stream().noneMatch(l -> l.startsWith("java.lang.Object "))) {
        throw new AssertionError("the class-load log of java " + arguments + " lists no class");
      }
      return lines;
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** The class names of {@link #of}'s lines. */
  public static List<String> names(List<String> lines) {
    List<String> names = new ArrayList<>();
    for (String line : lines) {
      int space = line.indexOf(' ');
      names.add(space < 0 ? line : line.substring(0, space));
    }
    return names;
  }
}
