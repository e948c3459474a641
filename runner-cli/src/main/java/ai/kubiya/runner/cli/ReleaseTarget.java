package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.ReleaseId;
import picocli.CommandLine.Option;

/** {@code --release} and {@code --namespace}, for commands that act on an installed release. */
final class ReleaseTarget {
  @Option(names = "--release", required = true, paramLabel = "R", description = "Release name.")
  String release;

  @Option(
      names = {"-n", "--namespace"},
      paramLabel = "NS",
      defaultValue = "default",
      description = "Namespace (default: ${DEFAULT-VALUE}).")
  String namespace;

  ReleaseId id() {
    return ReleaseId.of(release, namespace);
  }
}
