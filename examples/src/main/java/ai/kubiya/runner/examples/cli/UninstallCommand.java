package ai.kubiya.runner.examples.cli;

import ai.kubiya.runner.deployer.RunnerDeployer;
import ai.kubiya.runner.deployer.UninstallResult;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code uninstall}: deletes the release's objects in reverse kind order and says what it left. */
@Command(name = "uninstall", mixinStandardHelpOptions = true,
    description = "Delete the release's objects (like helm uninstall --keep-history); --purge also deletes the history.")
final class UninstallCommand implements Callable<Integer> {
  @Mixin ReleaseTarget target;
  @Mixin ClusterOptions cluster;

  @Option(names = "--purge", description = "Also delete the release history.")
  boolean purge;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    ProgressPrinter progress = ProgressPrinter.on(spec.commandLine().getErr());
    try (KubernetesClient client = cluster.connect()) {
      UninstallResult result = RunnerDeployer.create(client, cluster.options(progress).build()).uninstall(target.id(), !purge);
      progress.finish();
      PrintWriter out = spec.commandLine().getOut();
      out.println(target.release + ": uninstalled, " + result.deleted().size() + " objects deleted");
      result.left().forEach(left -> out.println("left: " + left));
      out.flush();
      return CliErrors.OK;
    } finally {
      progress.finish();
    }
  }
}
