package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.ImmutableDeployOptions;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * {@code --wait-for-lock DURATION}: how long install, upgrade, rollback and uninstall wait for
 * another operation's lock on the release; by default they fail at once, naming the holder.
 */
final class LockOptions {
  @Option(
      names = "--wait-for-lock",
      paramLabel = "DURATION",
      defaultValue = "0s",
      converter = DurationConverter.class,
      description =
          "Wait this long for another operation's lock on the release (default: "
              + "${DEFAULT-VALUE}: fail at once,"
              + " naming the holder).")
  Duration lockWait;

  /** The options with this flag applied. */
  ImmutableDeployOptions.Builder apply(ImmutableDeployOptions.Builder options) {
    return options.lockWait(lockWait);
  }
}
