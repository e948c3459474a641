package ai.kubiya.runner.cli;

import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.validation.Finding;
import ai.kubiya.runner.model.values.ValuesException;
import java.io.PrintWriter;
import java.util.Optional;

/** Loads a runner config for a command, printing a bad value as a finding instead of failing. */
final class ReleaseConfig {
  private ReleaseConfig() {}

  /** The config, or empty after printing {@code ERROR path: detail} on {@code err}. */
  static Optional<RunnerConfig> load(ReleaseOptions release, PrintWriter err) {
    try {
      return Optional.of(release.load());
    } catch (ValuesException e) {
      err.println(Finding.error(e.path(), e.detail()));
      err.flush();
      return Optional.empty();
    }
  }
}
