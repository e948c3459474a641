package ai.kubiya.runner.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code helm diff}: placeholder until the semantic comparator lands. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description =
        "Compare Helm's stored manifest of the deployed revision with the SDK render of the same"
            + " values.")
final class HelmDiffCommand implements Callable<Integer> {
  @Mixin ReleaseTarget target;
  @Mixin HelmOverrides overrides;
  @Mixin ClusterOptions cluster;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new UnsupportedOperationException(
        "helm diff needs ManifestDiff (runner-manifests), not on main yet");
  }
}
