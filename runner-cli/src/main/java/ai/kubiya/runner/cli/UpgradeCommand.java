package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.AtomicDeployer;
import ai.kubiya.runner.deployer.DeployException;
import ai.kubiya.runner.deployer.DeployResult;
import ai.kubiya.runner.deployer.ReleaseId;
import ai.kubiya.runner.deployer.ReleaseManifest;
import ai.kubiya.runner.deployer.RevisionStatus;
import ai.kubiya.runner.deployer.RunnerDeployer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code upgrade}: changes what differs, prunes what is no longer rendered; refused when not
 * installed, unless {@code --install}.
 */
@Command(
    name = "upgrade",
    mixinStandardHelpOptions = true,
    description =
        "Upgrade an installed runner (like helm upgrade): change what differs, "
            + "delete what is no longer rendered.")
final class UpgradeCommand extends ApplyCommand {
  @Option(
      names = {"-i", "--install"},
      description = "Install the release when it is not installed (like helm upgrade --install).")
  boolean install;

  @Override
  DeployResult apply(RunnerDeployer deployer, ReleaseManifest desired) {
    return install ? deployer.install(desired) : deployer.upgrade(desired);
  }

  @Override
  DeployResult apply(AtomicDeployer deployer, ReleaseManifest desired) {
    return install ? deployer.install(desired) : deployer.upgrade(desired);
  }

  @Override
  void checkDryRun(RunnerDeployer deployer, ReleaseManifest desired) {
    ReleaseId release = desired.release();
    if (!install
        && deployer.history(release).stream()
            .allMatch(r -> r.status() == RevisionStatus.UNINSTALLED)) {
      throw new DeployException(
          "release "
              + release.name()
              + " is not installed in namespace "
              + release.namespace()
              + ": install it first");
    }
  }
}
