package ai.kubiya.runner.deployer;

import java.util.List;
import org.immutables.value.Value;

/** The outcome of an uninstall: what was deleted and what was left, each with the reason. */
@Value.Immutable
public abstract class UninstallResult {
  /** Something the uninstall did not delete, and why. */
  @Value.Immutable
  public abstract static class Leftover {
    /** What was left, such as {@code Secret/kubiya-runner.v1.r.v3} or {@code Namespace/kubiya}. */
    @Value.Parameter
    public abstract String what();

    /** Why it was left. */
    @Value.Parameter
    public abstract String reason();

    /** A leftover. */
    public static Leftover of(String what, String reason) {
      return ImmutableLeftover.of(what, reason);
    }

    @Override
    public String toString() {
      return what() + " (" + reason() + ")";
    }
  }

  /** The release. */
  public abstract ReleaseId release();

  /** The objects deleted, in the order they were deleted. */
  public abstract List<ObjectRef> deleted();

  /** What was left. */
  public abstract List<Leftover> left();

  /** True when the revision records were kept (marked uninstalled). */
  public abstract boolean historyKept();

  /** A builder. */
  public static ImmutableUninstallResult.Builder builder() {
    return ImmutableUninstallResult.builder();
  }
}
