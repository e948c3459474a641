package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.ImmutableDeployOptions;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * {@code --wait} and {@code --timeout}: only on the commands that wait (install, upgrade,
 * rollback).
 */
final class WaitOptions {
  @Option(
      names = "--wait",
      description =
          "Wait until Deployments are rolled out, DaemonSets scheduled and CronJobs present.")
  boolean waitForReady;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "5m",
      converter = DurationConverter.class,
      description = "How long --wait waits (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  /** The options with these flags applied. */
  ImmutableDeployOptions.Builder apply(ImmutableDeployOptions.Builder options) {
    return options.waitForReady(waitForReady).waitTimeout(timeout);
  }
}
