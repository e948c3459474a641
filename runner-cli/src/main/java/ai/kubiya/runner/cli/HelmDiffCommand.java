package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.helm.HelmHook;
import ai.kubiya.runner.deployer.helm.HelmRelease;
import ai.kubiya.runner.deployer.helm.HelmReleases;
import ai.kubiya.runner.deployer.helm.HelmRevision;
import ai.kubiya.runner.deployer.helm.HelmValues;
import ai.kubiya.runner.manifests.RunnerManifests;
import ai.kubiya.runner.manifests.diff.AllowList;
import ai.kubiya.runner.manifests.diff.DiffFormatter;
import ai.kubiya.runner.manifests.diff.DiffResult;
import ai.kubiya.runner.manifests.diff.ManifestDiff;
import ai.kubiya.runner.model.RunnerConfig;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code helm diff}: Helm's stored manifest (hooks included) of a release's deployed revision
 * against what the SDK renders from the same values plus any overrides, compared semantically by
 * {@link ManifestDiff}. Exit 0 when only documented divergences remain, 1 otherwise.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description =
        "Compare Helm's stored manifest of the deployed revision with the SDK render of the same"
            + " values (plus -f/--set overrides); exit 0 when only documented divergences remain.")
final class HelmDiffCommand implements Callable<Integer> {
  /** The documented divergences (docs/divergences.allow), bundled into the CLI jar. */
  private static final String ALLOW_RESOURCE = "/divergences.allow";

  @Mixin ReleaseTarget target;
  @Mixin HelmOverrides overrides;
  @Mixin ClusterOptions cluster;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    overrides.check(spec);
    AllowList allow = documentedDivergences();
    HelmRevision deployed;
    try (KubernetesClient client = cluster.connect()) {
      HelmRelease release = HelmReleases.create(client).get(target.release, target.namespace);
      deployed = HelmValuesCommand.deployed(release, "");
    }
    RunnerConfig config = HelmValues.config(deployed, overrides.valuesFiles, overrides.sets);
    String actual = RunnerManifests.of(config).build().toYaml();
    DiffResult result =
        ManifestDiff.create()
            .namespace(target.namespace)
            .allow(allow)
            .compare(helmManifest(deployed), "Helm release " + deployed.recordRef(), actual, "SDK");
    PrintWriter out = spec.commandLine().getOut();
    out.print(DiffFormatter.format(result));
    out.flush();
    return result.isEqual() ? CliErrors.OK : CliErrors.FAILED;
  }

  /** Helm keeps hooks out of {@code manifest}; the SDK renders them as objects: compare both. */
  private static String helmManifest(HelmRevision revision) {
    StringBuilder all = new StringBuilder(revision.manifest());
    for (HelmHook hook : revision.hooks()) {
      all.append("\n---\n").append(hook.manifest());
    }
    return all.toString();
  }

  private static AllowList documentedDivergences() {
    try (InputStream in = HelmDiffCommand.class.getResourceAsStream(ALLOW_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the CLI jar lacks " + ALLOW_RESOURCE + "; rebuild it");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return AllowList.of(
          text.lines()
              .map(String::strip)
              .filter(l -> !l.isEmpty() && !l.startsWith("#"))
              .toArray(String[]::new));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ALLOW_RESOURCE, e);
    }
  }
}
