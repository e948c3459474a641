package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.DeployResult;
import ai.kubiya.runner.deployer.ReleaseManifest;
import ai.kubiya.runner.deployer.RunnerDeployer;
import picocli.CommandLine.Command;

/** {@code upgrade}: changes what differs, prunes what is no longer rendered; refused when not installed. */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
    description = "Upgrade an installed runner (like helm upgrade): change what differs, delete what is no longer rendered.")
final class UpgradeCommand extends ApplyCommand {
  @Override
  DeployResult apply(RunnerDeployer deployer, ReleaseManifest desired) {
    return deployer.upgrade(desired);
  }
}
