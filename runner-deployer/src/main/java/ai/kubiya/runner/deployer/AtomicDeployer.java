package ai.kubiya.runner.deployer;

import ai.kubiya.runner.deployer.AtomicDeployException.Recovery;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Install and upgrade with Helm's {@code --atomic}: when the operation fails or its wait times out,
 * the release goes back to the revision deployed before (re-applied as a new revision) or, for a
 * failed first install, is uninstalled with its history kept. The failed revision stays in the
 * history, marked failed (or, for a first install, uninstalled with the reason in its description).
 * The outcome is an {@link AtomicDeployException} stating both.
 *
 * <pre>{@code
 * try {
 *   deployer.atomic().upgrade(ReleaseManifest.render(config));
 * } catch (AtomicDeployException e) {
 *   // "revision 3 of demo failed: ...; rolled back to revision 2 as revision 4"
 *   log.error(e.getMessage());
 * }
 * }</pre>
 */
public final class AtomicDeployer {
  private final RunnerDeployer deployer;
  private final HistoryStore history;

  AtomicDeployer(RunnerDeployer deployer, HistoryStore history) {
    this.deployer = deployer;
    this.history = history;
  }

  /** Installs (an upgrade when installed already), undoing a failure. */
  public DeployResult install(ReleaseManifest desired) {
    return run(desired, deployer::install);
  }

  /** Upgrades an installed release, undoing a failure. */
  public DeployResult upgrade(ReleaseManifest desired) {
    return run(desired, deployer::upgrade);
  }

  private DeployResult run(
      ReleaseManifest desired, Function<ReleaseManifest, DeployResult> operation) {
    ReleaseId release = desired.release();
    List<RevisionRecord> before = deployer.history(release);
    Optional<RevisionRecord> previous =
        before.stream().filter(r -> r.status() == RevisionStatus.DEPLOYED).reduce((a, b) -> b);
    try {
      return operation.apply(desired);
    } catch (DeployException failure) {
      if (failure.revision().isEmpty()) {
        throw new AtomicDeployException(
            failure.getMessage() + "; nothing was written, nothing to roll back",
            0,
            Recovery.NOTHING_WRITTEN,
            0,
            failure);
      }
      int failed = failure.revision().getAsInt();
      return previous.isPresent()
          ? rollBack(release, failure, failed, previous.get().revision())
          : uninstall(release, failure, failed);
    }
  }

  private DeployResult rollBack(
      ReleaseId release, DeployException failure, int failed, int target) {
    DeployResult back;
    try {
      back = deployer.rollback(release, target);
    } catch (DeployException rollbackFailure) {
      throw new AtomicDeployException(
          failure.getMessage()
              + "; rolling back to revision "
              + target
              + " failed too: "
              + rollbackFailure.getMessage(),
          failed,
          Recovery.RECOVERY_FAILED,
          0,
          failure);
    }
    throw new AtomicDeployException(
        failure.getMessage()
            + "; rolled back to revision "
            + target
            + " as revision "
            + back.revision(),
        failed,
        Recovery.ROLLED_BACK,
        back.revision(),
        failure);
  }

  private DeployResult uninstall(ReleaseId release, DeployException failure, int failed) {
    UninstallResult removed;
    try {
      RevisionRecord record =
          history.list(release).stream()
              .filter(r -> r.revision() == failed)
              .findFirst()
              .orElseThrow(
                  () -> new DeployException("revision " + failed + " is missing from the history"));
      removed = deployer.uninstall(release);
      HistoryStore.Stored stored =
          history.read(release).stream()
              .filter(r -> r.revision() == failed)
              .findFirst()
              .orElseThrow(
                  () -> new DeployException("revision " + failed + " is missing from the history"));
      history.update(
          stored,
          ImmutableRevisionRecord.copyOf(record)
              .withStatus(RevisionStatus.UNINSTALLED)
              .withDescription(
                  "Install failed and was uninstalled (atomic): " + record.description()));
    } catch (RuntimeException uninstallFailure) {
      throw new AtomicDeployException(
          failure.getMessage()
              + "; uninstalling the failed install failed too: "
              + Retrier.summary(uninstallFailure),
          failed,
          Recovery.RECOVERY_FAILED,
          0,
          failure);
    }
    throw new AtomicDeployException(
        failure.getMessage()
            + "; uninstalled the failed install ("
            + removed.deleted().size()
            + " objects deleted, history kept)",
        failed,
        Recovery.UNINSTALLED,
        0,
        failure);
  }
}
