package ai.kubiya.runner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Help.Ansi;

/**
 * Build step: renders the top-level help as picocli prints it, plain and ANSI-coloured, into the
 * classes directory given as the argument, for {@link QuickAnswers}. Run by Maven at {@code
 * process-classes}; not a command.
 */
final class HelpSnapshot {
  private HelpSnapshot() {}

  /** Writes the two help resources under {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]).resolve(QuickAnswers.class.getPackageName().replace('.', '/'));
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve(QuickAnswers.PLAIN_HELP), usage(Ansi.OFF), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(QuickAnswers.ANSI_HELP), usage(Ansi.ON), StandardCharsets.UTF_8);
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
