package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.RevisionRecord;
import ai.kubiya.runner.deployer.RunnerDeployer;
import picocli.CommandLine.Option;

/** What {@code get values} and {@code get manifest} share: the revision, the format, secrets. */
final class GetOptions {
  @Option(names = "--revision", paramLabel = "N", description = "Revision (default: the latest).")
  Integer revision;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "yaml|json",
      defaultValue = "yaml",
      converter = DocumentFormat.Converter.class,
      completionCandidates = DocumentFormat.Candidates.class,
      description = "Output format (default: ${DEFAULT-VALUE}).")
  DocumentFormat output = DocumentFormat.YAML;

  @Option(names = "--show-secrets", description = "Print secret values instead of <redacted>.")
  boolean showSecrets;

  /** The chosen revision record. */
  RevisionRecord record(RunnerDeployer deployer, ReleaseTarget target) {
    return revision == null
        ? deployer.latestRevision(target.id())
        : deployer.revision(target.id(), revision);
  }
}
