package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.helm.HelmException;
import ai.kubiya.runner.deployer.helm.HelmRelease;
import ai.kubiya.runner.deployer.helm.HelmReleases;
import ai.kubiya.runner.deployer.helm.HelmRevision;
import ai.kubiya.runner.deployer.helm.HelmValues;
import ai.kubiya.runner.deployer.helm.SecretValues;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code helm values}: the user-supplied values of a Helm release's deployed (or given) revision as
 * a values document ready for {@code -f}, like {@code helm get values}; secrets as {@code
 * <redacted>} unless {@code --show-secrets}.
 */
@Command(
    name = "values",
    mixinStandardHelpOptions = true,
    description =
        "Print the values of a Helm release's deployed (or given) revision as YAML, ready for -f.")
final class HelmValuesCommand implements Callable<Integer> {
  @Mixin ReleaseTarget target;
  @Mixin ClusterOptions cluster;

  @Option(
      names = "--revision",
      paramLabel = "N",
      description = "The revision (default: the deployed one).")
  Integer revision;

  @Option(
      names = "--show-secrets",
      description =
          "Print NATS credentials, TLS data and credential-like env values instead of <redacted>.")
  boolean showSecrets;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (revision != null && revision < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--revision: must be >= 1, got " + revision);
    }
    String yaml;
    try (KubernetesClient client = cluster.connect()) {
      HelmRelease release = HelmReleases.create(client).get(target.release, target.namespace);
      yaml =
          HelmValues.toYaml(
              pick(release).values(), showSecrets ? SecretValues.SHOWN : SecretValues.REDACTED);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(yaml);
    out.flush();
    return CliErrors.OK;
  }

  private HelmRevision pick(HelmRelease release) {
    if (revision != null) {
      return release
          .revision(revision)
          .orElseThrow(
              () ->
                  new HelmException(
                      "Helm release "
                          + release.name()
                          + " has no revision "
                          + revision
                          + " (latest: "
                          + release.latest().revision()
                          + ")"));
    }
    return deployed(release, "; pass --revision N");
  }

  /** The release's deployed revision, or a one-line error naming its latest one. */
  static HelmRevision deployed(HelmRelease release, String hint) {
    return release
        .deployed()
        .orElseThrow(
            () ->
                new HelmException(
                    "Helm release "
                        + release.name()
                        + " has no deployed revision (latest: "
                        + release.latest().revision()
                        + " "
                        + release.latest().status().label()
                        + ")"
                        + hint));
  }
}
