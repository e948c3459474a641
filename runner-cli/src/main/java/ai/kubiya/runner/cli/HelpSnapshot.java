package ai.kubiya.runner.cli;

import ai.kubiya.runner.model.io.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Help.Ansi;

/**
 * Build step: renders the top-level help as picocli prints it, plain and ANSI-coloured, into the
 * classes directory (for {@link QuickAnswers}), and the same two texts with the {@code --version}
 * lines into the launcher's directory next to the jar (for {@code ./kubiya-runner}, which prints
 * them without starting a JVM). Run by Maven at {@code process-classes}; not a command.
 *
 * <p>Arguments: the classes directory, and optionally the project's version and the launcher's
 * directory.
 */
final class HelpSnapshot {
  private HelpSnapshot() {}

  /** The launcher's copy of the {@code --version} lines, in its directory. */
  static final String VERSION = "kubiya-runner-version.txt";

  /**
   * Writes the two help resources under {@code args[0]}; the launcher's texts in {@code args[2]}.
   */
  public static void main(String[] args) throws IOException {
    String plain = usage(Ansi.OFF);
    String coloured = usage(Ansi.ON);
    write(
        Path.of(args[0]).resolve(QuickAnswers.class.getPackageName().replace('.', '/')),
        plain,
        coloured);
    if (args.length == 3) {
      Path launcher = Path.of(args[2]);
      write(launcher, plain, coloured);
      String version = String.join("\n", CliVersion.lines(args[1])) + "\n";
      AtomicFiles.writeString(launcher.resolve(VERSION), version);
    }
  }

  /** The two help texts into {@code dir}, each replaced whole (a launcher may be reading it). */
  private static void write(Path dir, String plain, String coloured) throws IOException {
    Files.createDirectories(dir);
    AtomicFiles.writeString(dir.resolve(QuickAnswers.PLAIN_HELP), plain);
    AtomicFiles.writeString(dir.resolve(QuickAnswers.ANSI_HELP), coloured);
  }

  /** The top-level usage message picocli prints for {@code --help} with these colours. */
  static String usage(Ansi ansi) {
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      KubiyaRunnerCli.newCommandLine().usage(out, ansi);
    }
    return text.toString();
  }
}
