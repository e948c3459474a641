package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.AtomicDeployer;
import ai.kubiya.runner.deployer.DeployResult;
import ai.kubiya.runner.deployer.ReleaseManifest;
import ai.kubiya.runner.deployer.RunnerDeployer;
import picocli.CommandLine.Command;

/**
 * {@code install}: puts the runner on the cluster (an installed release is upgraded; re-running
 * converges).
 */
@Command(
    name = "install",
    mixinStandardHelpOptions = true,
    description =
        "Install a runner on the cluster (like helm install); running it again changes nothing.")
final class InstallCommand extends ApplyCommand {
  @Override
  DeployResult apply(RunnerDeployer deployer, ReleaseManifest desired) {
    return deployer.install(desired);
  }

  @Override
  DeployResult apply(AtomicDeployer deployer, ReleaseManifest desired) {
    return deployer.install(desired);
  }
}
