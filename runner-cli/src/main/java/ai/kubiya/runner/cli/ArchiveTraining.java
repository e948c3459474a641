package ai.kubiya.runner.cli;

import java.io.PrintWriter;
import java.io.Writer;
import picocli.CommandLine;

/**
 * The training run of the launcher's start-up archive: runs the commands operators call most
 * ({@code --help}, {@code --version}, {@code render}, {@code validate}, {@code names} of the
 * default runner) with their output discarded, so that the class-data sharing archive (JDK 17) or
 * AOT cache (JDK 24+) the JVM writes at exit holds the classes they load. Not a command; the
 * launcher runs it once per build and JDK.
 */
public final class ArchiveTraining {
  private ArchiveTraining() {}

  /**
   * Runs the training commands; exits 1 if one of them fails (the launcher then keeps no archive).
   */
  public static void main(String[] args) {
    java.io.PrintStream none = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
    QuickAnswers.answer(new String[] {"--version"}, none);
    QuickAnswers.answer(new String[] {"--help"}, none);
    String[][] commands = {
      {"--help"},
      {"--version"},
      {"render", "--help"},
      {"render", "--release", "demo", "--namespace", "kubiya"},
      {"validate", "--release", "demo", "--namespace", "kubiya"},
      {"names", "--release", "demo"},
    };
    for (String[] command : commands) {
      CommandLine cli = KubiyaRunnerCli.newCommandLine(command);
      cli.setOut(new PrintWriter(Writer.nullWriter()));
      cli.setErr(new PrintWriter(Writer.nullWriter()));
      if (cli.execute(command) != CliErrors.OK) {
        System.err.println("training command failed: " + String.join(" ", command));
        System.exit(1);
      }
    }
  }
}
