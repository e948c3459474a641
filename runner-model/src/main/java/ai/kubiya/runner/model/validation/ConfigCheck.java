package ai.kubiya.runner.model.validation;

import ai.kubiya.runner.model.RunnerConfig;
import java.util.List;

/** One check over a whole config; findings name the values' paths. Checks never throw. */
@FunctionalInterface
public interface ConfigCheck {
  /** The findings of this check; empty when all is well. */
  List<Finding> check(RunnerConfig config);
}
