package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.Plan;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rollback}: re-applies an earlier revision as a new one (default: the previous deployed
 * one).
 */
@Command(
    name = "rollback",
    mixinStandardHelpOptions = true,
    description =
        "Roll back to an earlier revision (like helm rollback), recorded as a new revision.")
final class RollbackCommand implements Callable<Integer> {
  @Mixin ReleaseTarget target;
  @Mixin ClusterOptions cluster;
  @Mixin WaitOptions waiting;
  @Mixin LockOptions lock;

  @Option(
      names = "--revision",
      paramLabel = "N",
      description = "Revision to roll back to (default: the previous deployed one).")
  Integer revision;

  @Option(
      names = "--force-conflicts",
      description = "Take over fields other field managers own (server-side apply).")
  boolean forceConflicts;

  @Option(names = "--dry-run", description = "Print the plan of the rollback and write nothing.")
  boolean dryRun;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (revision != null && revision < 1) {
      // a usage error, decided before any connection
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--revision must be 1 or more");
    }
    return Deployments.run(
        spec,
        cluster,
        options -> lock.apply(waiting.apply(options)).forceConflicts(forceConflicts),
        deployer -> {
          if (dryRun) {
            Plan plan =
                revision == null
                    ? deployer.planRollback(target.id())
                    : deployer.planRollback(target.id(), revision);
            return new Deployments.Outcome(
                plan.render(), plan.hasConflicts() ? CliErrors.FAILED : CliErrors.OK);
          }
          return Deployments.Outcome.ok(
              Deployments.describe(
                  revision == null
                      ? deployer.rollback(target.id())
                      : deployer.rollback(target.id(), revision)));
        });
  }
}
