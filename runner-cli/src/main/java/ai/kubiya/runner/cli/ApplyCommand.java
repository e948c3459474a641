package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.DeployResult;
import ai.kubiya.runner.deployer.ReleaseManifest;
import ai.kubiya.runner.deployer.RunnerDeployer;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The body of {@code install} and {@code upgrade}: render, apply with progress on stderr, one result line on stdout. */
abstract class ApplyCommand implements Callable<Integer> {
  @Mixin ReleaseOptions release;
  @Mixin ClusterOptions cluster;

  @Option(names = "--force-conflicts", description = "Take over fields other field managers own (server-side apply).")
  boolean forceConflicts;

  @Spec CommandSpec spec;

  /** Runs the operation. */
  abstract DeployResult apply(RunnerDeployer deployer, ReleaseManifest desired);

  @Override
  public Integer call() {
    Optional<ReleaseManifest> desired = Deployments.render(release, spec.commandLine().getErr());
    if (desired.isEmpty()) {
      return CliErrors.FAILED;
    }
    return Deployments.run(spec, cluster, options -> options.forceConflicts(forceConflicts),
        deployer -> Deployments.Outcome.ok(Deployments.describe(apply(deployer, desired.get()))));
  }
}
