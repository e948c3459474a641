package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.ComponentStatus;
import ai.kubiya.runner.deployer.ReleaseStatus;
import ai.kubiya.runner.deployer.output.DeployerJson;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code status}: per component, ready replicas, recent restarts, images and health grade. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description =
        "Show each component's readiness, restarts in the last 5 minutes, images and health grade.")
final class StatusCommand implements Callable<Integer> {
  private static final String ROW = "%-18s %-46s %-7s %-9s %-9s %s%n";

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
          ReleaseStatus status = deployer.status(target.id());
          return Deployments.Outcome.ok(
              output.print(DeployerJson.status(status), () -> table(status)));
        });
  }

  private String table(ReleaseStatus status) {
    StringBuilder out =
        new StringBuilder(
            "release "
                + target.id()
                + ": "
                + status
                    .revision()
                    .map(
                        r ->
                            "revision "
                                + r.revision()
                                + " "
                                + r.status().label()
                                + " (chart "
                                + r.chartVersion()
                                + ")")
                    .orElse("no history")
                + ", health "
                + grade(status.grade().name())
                + "\n");
    out.append(
        String.format(
            Locale.ROOT, ROW, "COMPONENT", "WORKLOAD", "READY", "RESTARTS", "HEALTH", "IMAGES"));
    for (ComponentStatus c : status.components()) {
      out.append(
          String.format(
              Locale.ROOT,
              ROW,
              c.component(),
              c.workload(),
              c.ready() + "/" + c.desired(),
              c.restartsInWindow(),
              grade(c.grade().name()),
              String.join(",", c.images())));
    }
    return out.toString();
  }

  private static String grade(String name) {
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }
}
