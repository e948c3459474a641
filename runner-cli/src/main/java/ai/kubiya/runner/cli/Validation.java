package ai.kubiya.runner.cli;

import ai.kubiya.runner.model.validation.RunnerValidator;
import ai.kubiya.runner.nats.NatsCredentialCheck;

/** The validator the CLI uses everywhere: the model's checks plus the SDK's deeper ones. */
final class Validation {
  private Validation() {}

  static RunnerValidator validator(boolean strict) {
    RunnerValidator validator = RunnerValidator.standard().with(NatsCredentialCheck.create());
    return strict ? validator.strict() : validator;
  }
}
