package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.RevisionRecord;
import ai.kubiya.runner.deployer.output.DeployerJson;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code history}: the release's revisions, like {@code helm history}; values are never printed.
 */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = "List the release's revisions (like helm history).")
final class HistoryCommand implements Callable<Integer> {
  private static final String ROW = "%-9s %-21s %-17s %-8s %s%n";

  @Mixin ReleaseTarget target;
  @Mixin ClusterOptions cluster;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "table|json|yaml",
      defaultValue = "table",
      converter = OutputFormat.Converter.class,
      completionCandidates = OutputFormat.Candidates.class,
      description =
          "Output format (default: ${DEFAULT-VALUE}); JSON shape in runner-deployer/README.md.")
  OutputFormat output = OutputFormat.TABLE;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return Deployments.run(
        spec,
        cluster,
        options -> options,
        deployer -> {
          List<RevisionRecord> history = deployer.history(target.id());
          if (history.isEmpty()) {
            throw new IllegalArgumentException(
                "release " + target.release + " has no history in namespace " + target.namespace);
          }
          if (output != OutputFormat.TABLE) {
            return Deployments.Outcome.ok(output.print(DeployerJson.history(history), () -> ""));
          }
          StringBuilder out =
              new StringBuilder(
                  String.format(
                      Locale.ROOT, ROW, "REVISION", "UPDATED", "STATUS", "CHART", "DESCRIPTION"));
          for (RevisionRecord r : history) {
            out.append(
                String.format(
                    Locale.ROOT,
                    ROW,
                    r.revision(),
                    r.time().truncatedTo(ChronoUnit.SECONDS),
                    r.status().label(),
                    r.chartVersion(),
                    r.description()));
          }
          return Deployments.Outcome.ok(out.toString());
        });
  }
}
