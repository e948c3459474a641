package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.Plan;
import ai.kubiya.runner.deployer.ReleaseManifest;
import ai.kubiya.runner.deployer.output.DeployerJson;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code plan}: what an install or upgrade would create ({@code +}), change ({@code ~}, with the
 * fields) and delete ({@code -}); {@code !} marks a clash with an object of no or another release.
 * Writes nothing. Exit 1 when the plan has a clash.
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description =
        "Show what install/upgrade would create, change (field by field) "
            + "and delete; writes nothing.")
final class PlanCommand implements Callable<Integer> {
  @Mixin ReleaseOptions release;
  @Mixin ClusterOptions cluster;
  @Mixin RenderModeOptions renderMode;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "table|json|yaml",
      defaultValue = "table",
      converter = OutputFormat.Converter.class,
      completionCandidates = OutputFormat.Candidates.class,
      description =
          "Output format (default: ${DEFAULT-VALUE}); JSON shape in runner-deployer/README.md.")
  OutputFormat output = OutputFormat.TABLE;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Optional<ReleaseManifest> desired =
        Deployments.render(release, renderMode.clusterScopedNames, spec.commandLine().getErr());
    if (desired.isEmpty()) {
      return CliErrors.FAILED;
    }
    return Deployments.run(
        spec,
        cluster,
        options -> options,
        deployer -> {
          Plan plan = deployer.plan(desired.get());
          return new Deployments.Outcome(
              output.print(DeployerJson.plan(plan), plan::render),
              plan.hasConflicts() ? CliErrors.FAILED : CliErrors.OK);
        });
  }
}
