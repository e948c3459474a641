package ai.kubiya.runner.cli;

import ai.kubiya.runner.manifests.ObjectNameCheck;
import ai.kubiya.runner.model.validation.RunnerValidator;
import ai.kubiya.runner.model.validation.SecretDataChecks;
import ai.kubiya.runner.nats.NatsCredentialCheck;

/**
 * The validator the CLI uses everywhere (validate, render, plan, install, upgrade): the model's
 * checks plus the SDK's deeper ones (NATS credentials, the names of every rendered object).
 */
final class Validation {
  private Validation() {}

  static RunnerValidator validator(boolean strict) {
    RunnerValidator validator =
        RunnerValidator.standard()
            .with(new SecretDataChecks())
            .with(NatsCredentialCheck.create())
            .with(new ObjectNameCheck());
    return strict ? validator.strict() : validator;
  }
}
