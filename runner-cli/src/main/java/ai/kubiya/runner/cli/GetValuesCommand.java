package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.RevisionRecord;
import ai.kubiya.runner.deployer.StoredValues;
import ai.kubiya.runner.deployer.output.DeployerJson;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code get values}: the values a revision was rendered from, secrets as {@code <redacted>} unless
 * {@code --show-secrets} (that output feeds back with {@code -f}; a file still holding {@code
 * <redacted>} is refused).
 */
@Command(
    name = "values",
    mixinStandardHelpOptions = true,
    description =
        "Print the values a revision stored; secrets as <redacted> unless --show-secrets.")
final class GetValuesCommand implements Callable<Integer> {
  @Mixin ReleaseTarget target;
  @Mixin GetOptions get;
  @Mixin ClusterOptions cluster;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return Deployments.run(
        spec,
        cluster,
        options -> options,
        deployer -> {
          RevisionRecord record = get.record(deployer, target);
          String yaml = record.valuesYaml();
          if (get.output == DocumentFormat.YAML) {
            return Deployments.Outcome.ok(get.showSecrets ? yaml : StoredValues.redacted(yaml));
          }
          Map<String, Object> tree =
              get.showSecrets ? StoredValues.tree(yaml) : StoredValues.redactedTree(yaml);
          return Deployments.Outcome.ok(DeployerJson.toJson(tree));
        });
  }
}
