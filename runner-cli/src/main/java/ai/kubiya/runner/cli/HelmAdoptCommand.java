package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.helm.AdoptionPlan;
import ai.kubiya.runner.deployer.helm.AdoptionRequest;
import ai.kubiya.runner.deployer.helm.AdoptionStep.Action;
import ai.kubiya.runner.deployer.helm.HelmAdoption;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code helm adopt}: takes a Helm-installed runner over in place (see {@link HelmAdoption}); the
 * plan on stdout, then one result line. Exit 1, with nothing written, when refused.
 */
@Command(
    name = "adopt",
    mixinStandardHelpOptions = true,
    description = "Take over a runner Helm installed, in place: no object deleted or re-created.")
final class HelmAdoptCommand implements Callable<Integer> {
  @Mixin ReleaseTarget target;
  @Mixin HelmOverrides overrides;
  @Mixin ClusterOptions cluster;

  @Option(names = "--dry-run", description = "Print the plan; write nothing.")
  boolean dryRun;

  @Option(
      names = "--purge-helm-history",
      description = "Delete Helm's release records instead of marking them superseded.")
  boolean purgeHelmHistory;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    overrides.check(spec);
    AdoptionRequest request =
        AdoptionRequest.builder()
            .release(target.release)
            .namespace(target.namespace)
            .valuesFiles(overrides.valuesFiles)
            .sets(overrides.sets)
            .dryRun(dryRun)
            .purgeHelmHistory(purgeHelmHistory)
            .build();
    AdoptionPlan plan;
    try (KubernetesClient client = cluster.connect()) {
      plan = HelmAdoption.create(client, cluster.options(event -> {}).build()).adopt(request);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(plan.render());
    if (dryRun) {
      out.println("dry run: nothing written");
    } else if (plan.isDone()) {
      out.println(target.release + ": already adopted; nothing to do");
    } else {
      out.println(
          target.release
              + ": "
              + plan.description()
              + " ("
              + plan.withAction(Action.TAKE_OVER).size()
              + " relabelled, "
              + plan.withAction(Action.TAKE_OVER_AND_UPDATE).size()
              + " updated to the SDK render, "
              + plan.withAction(Action.CREATE).size()
              + " created); Helm's records "
              + (purgeHelmHistory ? "deleted" : "marked superseded"));
    }
    out.flush();
    return CliErrors.OK;
  }
}
