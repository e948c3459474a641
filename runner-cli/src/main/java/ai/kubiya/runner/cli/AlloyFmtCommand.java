package ai.kubiya.runner.cli;

import ai.kubiya.runner.model.io.AtomicFiles;
import ai.kubiya.runner.model.io.BoundedInput;
import ai.kubiya.runner.telemetry.alloy.syntax.AlloyParser;
import ai.kubiya.runner.telemetry.alloy.syntax.AlloyPrinter;
import ai.kubiya.runner.telemetry.alloy.syntax.AlloySyntaxException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code alloy fmt FILE}: prints the file formatted exactly as {@code alloy fmt} would; {@code
 * --write} rewrites it instead. Syntax errors: one {@code file:line:col: message} per line on
 * stderr, exit 1.
 */
@Command(
    name = "fmt",
    mixinStandardHelpOptions = true,
    description = "Format an Alloy file (byte-identical to 'alloy fmt').")
final class AlloyFmtCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "The Alloy file.")
  Path file;

  @Option(
      names = {"-w", "--write"},
      description = "Rewrite FILE instead of printing it.")
  boolean write;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    String source = read(file);
    String formatted;
    try {
      formatted = AlloyPrinter.print(AlloyParser.parse(file.toString(), source));
    } catch (AlloySyntaxException e) {
      PrintWriter err = spec.commandLine().getErr();
      e.diagnostics().forEach(err::println);
      err.flush();
      return CliErrors.FAILED;
    }
    if (write) {
      if (!formatted.equals(source)) {
        AtomicFiles.writeString(file, formatted); // temp file + rename: never half a file
      }
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(formatted);
      out.flush();
    }
    return CliErrors.OK;
  }

  /** The file's text, bounded ({@link BoundedInput#ALLOY_LIMIT}), or a one-line error. */
  static String read(Path file) {
    return BoundedInput.readUtf8(file, BoundedInput.ALLOY_LIMIT);
  }
}
