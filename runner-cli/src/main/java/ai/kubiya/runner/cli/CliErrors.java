package ai.kubiya.runner.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns any failure of a command into one line on stderr and exit code 1: never a stack trace. */
final class CliErrors implements IExecutionExceptionHandler {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parseResult) {
    cli.getErr().println("error: " + CliSecrets.scrub(describe(e)));
    cli.getErr().flush();
    return e instanceof CommandLine.ParameterException ? USAGE : FAILED;
  }

  static int exitCode(Throwable t) {
    return t instanceof CommandLine.ParameterException ? USAGE : FAILED;
  }

  /** The message of the failure, or its type when it has none; messages never carry secrets. */
  static String describe(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return message.lines().findFirst().orElse(message);
  }
}
