package ai.kubiya.runner.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * Runs the CLI in-process, as {@code main} builds it for the arguments, capturing exit code, stdout
 * and stderr.
 */
record CliRun(int exit, String out, String err) {
  static CliRun of(String... args) {
    return of(KubiyaRunnerCli.newCommandLine(args), args);
  }

  static CliRun of(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }
}
