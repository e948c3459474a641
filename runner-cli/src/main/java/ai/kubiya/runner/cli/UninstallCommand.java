package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.HistoryRetention;
import ai.kubiya.runner.deployer.UninstallResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code uninstall}: deletes the release's objects in reverse kind order and says what it left. */
@Command(
    name = "uninstall",
    mixinStandardHelpOptions = true,
    description =
        "Delete the release's objects (like helm uninstall --keep-history); "
            + "--purge also deletes the history.")
final class UninstallCommand implements Callable<Integer> {
  @Mixin ReleaseTarget target;
  @Mixin ClusterOptions cluster;
  @Mixin LockOptions lock;

  @Option(names = "--purge", description = "Also delete the release history.")
  boolean purge;

  @Option(names = "--dry-run", description = "Print what would be deleted and write nothing.")
  boolean dryRun;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return Deployments.run(
        spec,
        cluster,
        lock::apply,
        deployer -> {
          if (dryRun) {
            return Deployments.Outcome.ok(deployer.planUninstall(target.id()).render());
          }
          UninstallResult result =
              deployer.uninstall(
                  target.id(), purge ? HistoryRetention.DELETE : HistoryRetention.KEEP);
          StringBuilder out =
              new StringBuilder(
                  target.release
                      + ": uninstalled, "
                      + result.deleted().size()
                      + " objects deleted\n");
          result.left().forEach(left -> out.append("left: ").append(left).append('\n'));
          return Deployments.Outcome.ok(out.toString());
        });
  }
}
