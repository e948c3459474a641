package ai.kubiya.runner.model.validation;

import ai.kubiya.runner.model.RunnerConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates a {@link RunnerConfig}: a report of findings, each with severity, the value's path and
 * a message. ERROR findings stop rendering; WARNING findings do not, unless {@link #strict()}.
 * Further checks (NATS credentials, Alloy pipeline) join with {@link #with(ConfigCheck)}.
 *
 * <pre>{@code
 * ValidationReport report = RunnerValidator.standard().validate(config);
 * if (report.hasErrors()) {
 *   report.errors().forEach(System.err::println);   // ERROR agentManager.replicas: must be >= 0
 * }
 * }</pre>
 */
public final class RunnerValidator {
  private final List<ConfigCheck> checks;
  private final boolean strict;

  private RunnerValidator(List<ConfigCheck> checks, boolean strict) {
    this.checks = List.copyOf(checks);
    this.strict = strict;
  }

  /**
   * The model's own checks: names, replicas, quantities, schedule, durations, templates,
   * placeholders, unknown keys.
   */
  public static RunnerValidator standard() {
    return new RunnerValidator(
        List.of(
            new NameChecks(),
            new ReplicaChecks(),
            new QuantityChecks(),
            new ScheduleCheck(),
            new DurationChecks(),
            new TemplateChecks(),
            new IdentityChecks(),
            new ImageChecks(),
            new PlaceholderCheck(),
            new UnknownKeysCheck()),
        false);
  }

  /** This validator plus another check. */
  public RunnerValidator with(ConfigCheck check) {
    List<ConfigCheck> all = new ArrayList<>(checks);
    all.add(check);
    return new RunnerValidator(all, strict);
  }

  /** This validator in strict mode: warnings become errors. */
  public RunnerValidator strict() {
    return new RunnerValidator(checks, true);
  }

  /** Runs every check. */
  public ValidationReport validate(RunnerConfig config) {
    List<Finding> findings = new ArrayList<>();
    for (ConfigCheck check : checks) {
      findings.addAll(check.check(config));
    }
    ValidationReport report = ValidationReport.of(findings);
    return strict ? report.strict() : report;
  }
}
