package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.ReleaseSummary;
import ai.kubiya.runner.deployer.output.DeployerJson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code list}: every runner release the SDK manages, found by its history records, like {@code
 * helm list}: in one namespace ({@code -n}, default the kubeconfig context's) or all ({@code -A}).
 */
@Command(
    name = "list",
    aliases = "ls",
    mixinStandardHelpOptions = true,
    description = "List the runner releases the SDK manages (like helm list).")
final class ListCommand implements Callable<Integer> {
  /** {@code -n} or {@code -A}, not both. */
  static final class Scope {
    @Option(
        names = {"-n", "--namespace"},
        paramLabel = "NS",
        description = "Namespace (default: the kubeconfig context's, else default).")
    String namespace;

    @Option(
        names = {"-A", "--all-namespaces"},
        description = "List releases in every namespace.")
    boolean all;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Scope scope;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "table|json|yaml",
      defaultValue = "table",
      converter = OutputFormat.Converter.class,
      completionCandidates = OutputFormat.Candidates.class,
      description = "Output format (default: ${DEFAULT-VALUE}).")
  OutputFormat output = OutputFormat.TABLE;

  @Mixin ClusterOptions cluster;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return Deployments.run(
        spec,
        cluster,
        options -> options,
        (client, deployer) -> {
          List<ReleaseSummary> releases;
          if (scope != null && scope.all) {
            releases = deployer.listAll();
          } else {
            String namespace =
                scope != null && scope.namespace != null
                    ? scope.namespace
                    : client.getNamespace() != null ? client.getNamespace() : "default";
            releases = deployer.list(namespace);
          }
          return Deployments.Outcome.ok(
              output.print(DeployerJson.releases(releases), () -> table(releases)));
        });
  }

  static String table(List<ReleaseSummary> releases) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("NAME", "NAMESPACE", "REVISION", "STATUS", "UPDATED", "CHART"));
    for (ReleaseSummary r : releases) {
      rows.add(
          List.of(
              r.release().name(),
              r.release().namespace(),
              Integer.toString(r.revision()),
              r.status().label(),
              r.updated().toString(),
              "kubiya-runner-" + r.chartVersion()));
    }
    return Tables.render(rows);
  }
}
