package ai.kubiya.runner.cli;

import ai.kubiya.runner.audit.AuditReport;
import ai.kubiya.runner.audit.ReportFormat;
import ai.kubiya.runner.audit.RunnerAudit;
import ai.kubiya.runner.audit.Severity;
import ai.kubiya.runner.manifests.ManifestSet;
import ai.kubiya.runner.manifests.RunnerManifests;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.validation.RunnerValidator;
import ai.kubiya.runner.model.validation.ValidationReport;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code audit}: what the runner these values render may do in a cluster, before it is installed.
 * Findings as a table, JSON or SARIF on stdout; exit 1 when one is at or above {@code --fail-on}.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Security audit of the runner these values render, before it is installed: RBAC reach of"
          + " each ServiceAccount, Pod Security Standards level of each workload, resources,"
          + " images, tokens and secrets in env; each finding names the value that controls it.",
      "Exit 1 when a finding is at or above --fail-on (default none: exit 0)."
    })
final class AuditCommand implements Callable<Integer> {
  @Mixin ReleaseOptions release;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table, json or sarif (default: ${DEFAULT-VALUE}).")
  String output;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      defaultValue = "none",
      description = "critical, high, medium, low or none (default: ${DEFAULT-VALUE}).")
  String failOn;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    ReportFormat format =
        ReportFormat.parse(output)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        "--output: expected table, json or sarif, got '" + output + "'"));
    Optional<Severity> threshold = threshold();
    PrintWriter err = spec.commandLine().getErr();
    Optional<RunnerConfig> loaded = ReleaseConfig.load(release, err);
    if (loaded.isEmpty()) {
      return CliErrors.FAILED;
    }
    ValidationReport validation = RunnerValidator.standard().validate(loaded.get());
    if (validation.hasErrors()) {
      validation.errors().forEach(err::println);
      err.flush();
      return CliErrors.FAILED;
    }
    ManifestSet set = RunnerManifests.of(loaded.get()).skipValidation().build();
    AuditReport report = RunnerAudit.of(set).defaultNamespace(release.namespace()).run();
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.render(report));
    out.flush();
    return threshold.isPresent() && report.hasFindingAtLeast(threshold.get())
        ? CliErrors.FAILED
        : CliErrors.OK;
  }

  private Optional<Severity> threshold() {
    if ("none".equalsIgnoreCase(failOn)) {
      return Optional.empty();
    }
    Optional<Severity> parsed = Severity.parse(failOn).filter(s -> s != Severity.INFO);
    if (parsed.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "--fail-on: expected critical, high, medium, low or none, got '" + failOn + "'");
    }
    return parsed;
  }
}
