package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.AtomicDeployer;
import ai.kubiya.runner.deployer.DeployResult;
import ai.kubiya.runner.deployer.Plan;
import ai.kubiya.runner.deployer.ReleaseManifest;
import ai.kubiya.runner.deployer.RunnerDeployer;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The body of {@code install} and {@code upgrade}: render, apply with progress on stderr, one
 * result line on stdout. {@code --atomic} undoes a failure (exit 1 stating both outcomes); {@code
 * --dry-run} prints the plan and writes nothing (exit 1 when it has a clash, as {@code plan}).
 */
abstract class ApplyCommand implements Callable<Integer> {
  @Mixin ReleaseOptions release;
  @Mixin ClusterOptions cluster;
  @Mixin WaitOptions waiting;
  @Mixin LockOptions lock;
  @Mixin RenderModeOptions renderMode;

  @Option(
      names = "--force-conflicts",
      description = "Take over fields other field managers own (server-side apply).")
  boolean forceConflicts;

  @Option(
      names = "--atomic",
      description =
          "On failure or wait timeout, roll back to the previous deployed revision "
              + "(or uninstall a failed first install); the failure stays in the "
              + "history. Add --wait to undo a wait timeout too.")
  boolean atomic;

  @Option(names = "--dry-run", description = "Print the plan and write nothing.")
  boolean dryRun;

  @Spec CommandSpec spec;

  /** Runs the operation. */
  abstract DeployResult apply(RunnerDeployer deployer, ReleaseManifest desired);

  /** Runs the operation with {@code --atomic}. */
  abstract DeployResult apply(AtomicDeployer deployer, ReleaseManifest desired);

  /** Refuses a dry run the real operation would refuse; nothing by default. */
  void checkDryRun(RunnerDeployer deployer, ReleaseManifest desired) {}

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
        options -> lock.apply(waiting.apply(options)).forceConflicts(forceConflicts),
        deployer -> {
          if (dryRun) {
            checkDryRun(deployer, desired.get());
            Plan plan = deployer.plan(desired.get());
            return new Deployments.Outcome(
                plan.render(), plan.hasConflicts() ? CliErrors.FAILED : CliErrors.OK);
          }
          DeployResult result =
              atomic ? apply(deployer.atomic(), desired.get()) : apply(deployer, desired.get());
          return Deployments.Outcome.ok(Deployments.describe(result));
        });
  }
}
