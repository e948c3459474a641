package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.StoredValues;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options every command that works on one runner shares: {@code --release}, {@code
 * --namespace}, {@code -f/--values} (repeatable, applied in order) and {@code --set} (repeatable,
 * applied last), as with {@code helm template}.
 */
public final class ReleaseOptions {
  @Option(
      names = "--release",
      required = true,
      paramLabel = "R",
      description = "Helm release name (by default also the runner name).")
  String release;

  @Option(
      names = {"-n", "--namespace"},
      paramLabel = "NS",
      defaultValue = "default",
      description = "Namespace (default: ${DEFAULT-VALUE}).")
  String namespace;

  @Option(
      names = {"-f", "--values"},
      paramLabel = "FILE",
      description = "Values file; repeatable, applied in order.")
  List<Path> valuesFiles = new ArrayList<>();

  @Option(
      names = "--set",
      paramLabel = "K=V",
      description = "Set a value (Helm --set syntax); repeatable, applied after the files.")
  List<String> sets = new ArrayList<>();

  @Option(
      names = "--set-string",
      paramLabel = "K=V",
      description = "Set a value, kept as a string; repeatable.")
  List<String> setStrings = new ArrayList<>();

  /** The release name given. */
  public String release() {
    return release;
  }

  /** The namespace given. */
  public String namespace() {
    return namespace;
  }

  /**
   * Loads the config these options describe; throws a {@code ValuesException} with a one-line
   * message.
   */
  public RunnerConfig load() {
    // a values file written by 'get values' without --show-secrets must not put <redacted> on a
    // cluster
    valuesFiles.forEach(StoredValues::refuseRedacted);
    RunnerConfigLoader supplied = RunnerConfigLoader.create().valuesFiles(valuesFiles).sets(sets);
    setStrings.forEach(supplied::setString);
    // the files are read and the --set expressions applied once: the secrets registered are those
    // of the very tree that is bound. They are known before anything can fail on them; the chart's
    // defaults (its sample TLS key among them) are public, and registering their every encoding
    // cost a render about 15 ms
    Map<String, Object> tree = supplied.suppliedTree();
    CliSecrets.addValues(tree);
    return RunnerConfigLoader.create().release(release).namespace(namespace).values(tree).load();
  }
}
