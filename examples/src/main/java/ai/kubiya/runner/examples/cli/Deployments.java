package ai.kubiya.runner.examples.cli;

import ai.kubiya.runner.deployer.DeployResult;
import ai.kubiya.runner.deployer.PlannedChange.Action;
import ai.kubiya.runner.deployer.ReleaseManifest;
import ai.kubiya.runner.manifests.RunnerManifests;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.validation.Finding;
import ai.kubiya.runner.model.validation.ValidationReport;
import ai.kubiya.runner.model.values.ValuesException;
import java.io.PrintWriter;
import java.util.Optional;

/** What the deploy commands share: loading and rendering the runner, and describing results. */
final class Deployments {
  private Deployments() {}

  /**
   * The runner the options describe, rendered; empty (after printing the findings to {@code err})
   * when the values cannot be loaded or do not validate.
   */
  static Optional<ReleaseManifest> render(ReleaseOptions options, PrintWriter err) {
    RunnerConfig config;
    try {
      config = options.load();
    } catch (ValuesException e) {
      err.println(Finding.error(e.path(), e.detail()));
      err.flush();
      return Optional.empty();
    }
    ValidationReport report = Validation.validator(false).validate(config);
    report.findings().forEach(err::println);
    err.flush();
    if (report.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(ReleaseManifest.of(config, RunnerManifests.of(config).skipValidation().build()));
  }

  /** One line about an install, upgrade or rollback. */
  static String describe(DeployResult result) {
    if (result.noop()) {
      return result.release().name() + ": no changes; revision " + result.revision() + " stays deployed";
    }
    return result.release().name() + ": revision " + result.revision() + " deployed ("
        + result.plan().withAction(Action.CREATE).size() + " created, "
        + result.plan().withAction(Action.UPDATE).size() + " changed, "
        + result.deleted().size() + " deleted, "
        + result.plan().withAction(Action.UNCHANGED).size() + " unchanged)";
  }
}
