package ai.kubiya.runner.deployer;

import ai.kubiya.runner.deployer.PlannedChange.Action;
import java.util.List;
import org.immutables.value.Value;

/**
 * The outcome of an install, upgrade or rollback: the revision that now runs, the plan that was
 * carried out and the objects deleted. A no-op upgrade keeps the deployed revision and writes
 * nothing ({@link #noop()}).
 */
@Value.Immutable
public abstract class DeployResult {
  /** The release. */
  public abstract ReleaseId release();

  /** The revision deployed: a new one, or the existing one for a no-op. */
  public abstract int revision();

  /** The plan that was carried out. */
  public abstract Plan plan();

  /** The objects deleted because they are no longer rendered. */
  public abstract List<ObjectRef> deleted();

  /** True when nothing needed writing and no revision was recorded. */
  @Value.Default
  public boolean noop() {
    return false;
  }

  /** The objects created or changed. */
  public List<ObjectRef> applied() {
    return plan().changes().stream()
        .filter(c -> c.action() == Action.CREATE || c.action() == Action.UPDATE)
        .map(PlannedChange::object)
        .toList();
  }

  /** A builder. */
  public static ImmutableDeployResult.Builder builder() {
    return ImmutableDeployResult.builder();
  }

  @Override
  public String toString() {
    return release()
        + " revision "
        + revision()
        + (noop() ? " (no changes)" : "")
        + ": "
        + plan().summary();
  }
}
