package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.ObjectRef;
import ai.kubiya.runner.deployer.drift.Drift;
import ai.kubiya.runner.deployer.drift.DriftDetector;
import ai.kubiya.runner.deployer.drift.DriftOptions;
import ai.kubiya.runner.deployer.drift.DriftReport;
import ai.kubiya.runner.deployer.drift.FieldDrift;
import ai.kubiya.runner.deployer.drift.HealResult;
import ai.kubiya.runner.deployer.drift.IgnoreRule;
import ai.kubiya.runner.deployer.output.DeployerJson;
import ai.kubiya.runner.deployer.output.DriftJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code drift}: what changed on the cluster against the deployed revision; exit 0 when nothing, 1
 * when something drifted. {@code --heal} restores it and exits 0 when the release is back in line.
 */
@Command(
    name = "drift",
    mixinStandardHelpOptions = true,
    description =
        "Report what changed on the cluster behind the SDK's back (exit 1 when "
            + "something drifted); --heal restores it.")
final class DriftCommand implements Callable<Integer> {
  @Mixin ReleaseTarget target;
  @Mixin ClusterOptions cluster;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "table|json",
      defaultValue = "table",
      converter = DriftOutput.Converter.class,
      completionCandidates = DriftOutput.Candidates.class,
      description =
          "Output format (default: ${DEFAULT-VALUE}); JSON shape in runner-deployer/README.md.")
  DriftOutput output = DriftOutput.TABLE;

  @Option(
      names = "--heal",
      description =
          "Re-apply the deployed revision's objects: create what is "
              + "missing, restore changed fields.")
  boolean heal;

  @Option(
      names = "--ignore",
      paramLabel = "KIND/NAME:PATH",
      converter = IgnoreConverter.class,
      description =
          "A field the SDK leaves to others, such as "
              + "Deployment/*:spec.replicas (an HPA); repeatable.")
  List<IgnoreRule> ignore = new ArrayList<>();

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return Deployments.run(
        spec,
        cluster,
        options -> options,
        (client, deployer) -> {
          DriftDetector detector =
              DriftDetector.create(
                  client,
                  DriftOptions.builder().deployOptions(deployer.options()).ignore(ignore).build());
          if (heal) {
            HealResult result = detector.heal(target.id());
            String text =
                output == DriftOutput.JSON
                    ? DeployerJson.toJson(DriftJson.heal(result))
                    : healTable(result);
            return new Deployments.Outcome(text, result.inLine() ? CliErrors.OK : CliErrors.FAILED);
          }
          DriftReport report = detector.detect(target.id());
          String text =
              output == DriftOutput.JSON
                  ? DeployerJson.toJson(DriftJson.report(report))
                  : table(report);
          return new Deployments.Outcome(text, report.inLine() ? CliErrors.OK : CliErrors.FAILED);
        });
  }

  static String table(DriftReport report) {
    StringBuilder out =
        new StringBuilder(
            "release "
                + report.release()
                + ": revision "
                + report.revision().orElse(0)
                + ", "
                + (report.inLine() ? "no drift" : report.drifts().size() + " drifted")
                + "\n");
    if (report.inLine()) {
      return out.toString();
    }
    out.append(row("DRIFT", "OBJECT", "DETAIL"));
    for (Drift drift : report.drifts()) {
      if (drift.fields().isEmpty()) {
        out.append(row(drift.kind().label(), drift.object(), detail(drift)));
      }
      for (FieldDrift field : drift.fields()) {
        out.append(row(drift.kind().label(), drift.object(), field.toString()));
      }
    }
    return out.toString();
  }

  private static String row(String kind, Object object, String detail) {
    return String.format(Locale.ROOT, "%-17s %-48s %s%n", kind, object, detail);
  }

  private static String detail(Drift drift) {
    return switch (drift.kind()) {
      case MISSING -> "not on the cluster";
      case LEFT_BEHIND -> "carries the release labels, no longer rendered";
      case OWNERSHIP_REMOVED -> "release labels removed";
      default -> "";
    };
  }

  private static String healTable(HealResult result) {
    StringBuilder out = new StringBuilder();
    for (ObjectRef ref : result.healed()) {
      out.append("healed ").append(ref).append('\n');
    }
    for (Map.Entry<ObjectRef, String> refused : result.refused().entrySet()) {
      out.append("refused ")
          .append(refused.getKey())
          .append(": ")
          .append(refused.getValue())
          .append('\n');
    }
    out.append(table(result.after()));
    return out.toString();
  }
}
