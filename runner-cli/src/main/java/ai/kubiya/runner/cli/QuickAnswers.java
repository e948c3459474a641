package ai.kubiya.runner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import picocli.CommandLine.Help.Ansi;

/**
 * Answers {@code --version} and the top-level {@code --help} without building picocli's command
 * model, which reflects over every subcommand class and costs most of a short command's start-up.
 * The help text is the one picocli prints, rendered at build time by {@link HelpSnapshot} (plain
 * and ANSI-coloured); {@code QuickAnswersTest} checks both against picocli. Anything else, or a JVM
 * where picocli's usage settings are overridden by system properties, takes the normal path.
 */
final class QuickAnswers {
  /** The resource holding the plain top-level help, next to this class. */
  static final String PLAIN_HELP = "kubiya-runner-help.txt";

  /** The resource holding the ANSI-coloured top-level help, next to this class. */
  static final String ANSI_HELP = "kubiya-runner-help.ansi.txt";

  private static final List<String> VERSION = List.of("--version", "-V");
  private static final List<String> HELP = List.of("--help", "-h");

  private QuickAnswers() {}

  /** The exit code after printing the answer to {@code args} on {@code out}; empty if none. */
  static OptionalInt answer(String[] args, PrintStream out) {
    if (args.length == 1 && VERSION.contains(args[0])) {
      for (String line : new CliVersion().getVersion()) {
        out.println(line);
      }
      out.flush();
      return OptionalInt.of(CliErrors.OK);
    }
    if ((args.length == 0 || (args.length == 1 && HELP.contains(args[0]))) && !usageTuned()) {
      String help = resource(Ansi.AUTO.enabled() ? ANSI_HELP : PLAIN_HELP);
      if (help != null) {
        out.print(help);
        out.flush();
        return OptionalInt.of(CliErrors.OK);
      }
    }
    return OptionalInt.empty();
  }

  /** Picocli's usage width or colours set by system property: picocli renders the help. */
  private static boolean usageTuned() {
    return System.getProperties().stringPropertyNames().stream()
        .anyMatch(name -> name.startsWith("picocli."));
  }

  private static String resource(String name) {
    try (InputStream in = QuickAnswers.class.getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }
}
