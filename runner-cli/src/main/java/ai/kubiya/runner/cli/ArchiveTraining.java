package ai.kubiya.runner.cli;

import java.io.PrintWriter;
import java.io.Writer;
import picocli.CommandLine;

/**
 * The training run of the launcher's start-up archive: runs the commands operators call most
 * ({@code render}, {@code validate}, {@code names} of the default runner, a subcommand's help, and
 * the quick answers to {@code --version} and {@code --help}) with their output discarded, so that
 * the class-data sharing archive (JDK 13-23) or AOT cache (JDK 24+) holds the classes they load.
 * Not the whole command tree: the launcher answers the top-level help itself, and every class in
 * the archive costs each start its share of mapping it (a render-only archive started a render 10
 * ms sooner than one trained on the whole tree). Not a command; the launcher runs it once per build
 * and JDK.
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
    KubiyaRunnerCli.leaveOutUnusedConverters(); // as main does
    String[][] commands = {
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
