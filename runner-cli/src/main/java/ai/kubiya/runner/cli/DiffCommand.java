package ai.kubiya.runner.cli;

import ai.kubiya.runner.manifests.diff.AllowList;
import ai.kubiya.runner.manifests.diff.DiffFormatter;
import ai.kubiya.runner.manifests.diff.DiffResult;
import ai.kubiya.runner.manifests.diff.ManifestDiff;
import ai.kubiya.runner.manifests.diff.ManifestDiffException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code diff EXPECTED ACTUAL [--namespace NS] [--allow FILE]}: the semantic differences of two
 * manifest sets ({@code ManifestDiff}), one line per difference ({@code Kind/namespace/name path
 * kind: expected E, actual A}, secret data {@code <redacted>}), then a summary line. Exit 0 when
 * equal except for allowed lines, 1 when different or an input cannot be read (file:line), 2 on
 * usage errors.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two manifest sets (multi-document YAML) semantically: "
          + "objects by kind/namespace/name,",
      "fields by path, named list elements by name, quantities by "
          + "amount, config text line by line.",
      "Prints one line per difference, then a summary. Exit 0 equal, 1 different, 2 usage error."
    })
final class DiffCommand implements Callable<Integer> {
  /** Larger inputs are refused rather than read into memory. */
  static final int MAX_BYTES = 64 * 1024 * 1024;

  @Parameters(
      index = "0",
      paramLabel = "EXPECTED",
      description = "The expected manifests (a file, or - for standard input).")
  String expected;

  @Parameters(
      index = "1",
      paramLabel = "ACTUAL",
      description = "The actual manifests (a file, or - for standard input).")
  String actual;

  @Option(
      names = "--namespace",
      paramLabel = "NS",
      description = "The namespace of namespaced objects that name none.")
  String namespace = "";

  @Option(
      names = "--allow",
      paramLabel = "FILE",
      description = "Regexes of allowed difference lines, one per line (# comments).")
  Path allow;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (expected.equals("-") && actual.equals("-")) {
      throw new ParameterException(
          spec.commandLine(), "only one of EXPECTED and ACTUAL may be - (standard input)");
    }
    AllowList allowList = allow == null ? AllowList.none() : AllowList.read(allow);
    String expectedYaml = read(expected);
    String actualYaml = read(actual);
    DiffResult result =
        ManifestDiff.create()
            .namespace(namespace)
            .allow(allowList)
            .compare(expectedYaml, source(expected), actualYaml, source(actual));
    PrintWriter out = spec.commandLine().getOut();
    DiffFormatter.lines(result).forEach(out::println);
    out.flush();
    return result.isEqual() ? CliErrors.OK : CliErrors.FAILED;
  }

  private static String source(String name) {
    return name.equals("-") ? "<stdin>" : name;
  }

  private static String read(String name) {
    if (name.equals("-")) {
      return readBounded(System.in, "<stdin>");
    }
    Path file = Path.of(name);
    try (InputStream in = Files.newInputStream(file)) {
      return readBounded(in, name);
    } catch (NoSuchFileException e) {
      throw new ManifestDiffException(name, "no such file");
    } catch (IOException e) {
      throw new ManifestDiffException(name, "cannot read: " + e.getClass().getSimpleName());
    }
  }

  private static String readBounded(InputStream in, String source) {
    try {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      byte[] chunk = new byte[64 * 1024];
      for (int n; (n = in.read(chunk)) != -1; ) {
        if (buffer.size() + n > MAX_BYTES) {
          throw new ManifestDiffException(source, "larger than " + (MAX_BYTES >> 20) + " MiB");
        }
        buffer.write(chunk, 0, n);
      }
      return buffer.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ManifestDiffException(source, "cannot read: " + e.getClass().getSimpleName());
    }
  }
}
