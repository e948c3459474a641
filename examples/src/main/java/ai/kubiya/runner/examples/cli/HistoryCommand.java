package ai.kubiya.runner.examples.cli;

import ai.kubiya.runner.deployer.RevisionRecord;
import ai.kubiya.runner.deployer.RunnerDeployer;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code history}: the release's revisions, like {@code helm history}; values are never printed. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "List the release's revisions (like helm history).")
final class HistoryCommand implements Callable<Integer> {
  @Mixin ReleaseTarget target;
  @Mixin ClusterOptions cluster;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (KubernetesClient client = cluster.connect()) {
      List<RevisionRecord> history = RunnerDeployer.create(client).history(target.id());
      if (history.isEmpty()) {
        throw new IllegalArgumentException("release " + target.release + " has no history in namespace " + target.namespace);
      }
      PrintWriter out = spec.commandLine().getOut();
      String format = "%-9s %-25s %-17s %-8s %s%n";
      out.printf(Locale.ROOT, format, "REVISION", "UPDATED", "STATUS", "CHART", "DESCRIPTION");
      for (RevisionRecord r : history) {
        out.printf(Locale.ROOT, format, r.revision(), r.time(), r.status().label(), r.chartVersion(), r.description());
      }
      out.flush();
      return CliErrors.OK;
    }
  }
}
