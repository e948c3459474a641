package ai.kubiya.runner.deployer.drift;

import ai.kubiya.runner.deployer.ReleaseId;
import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** The drift of one release against its deployed revision. */
@Value.Immutable
public abstract class DriftReport {
  /** The release. */
  public abstract ReleaseId release();

  /** The deployed revision compared with; empty when the release has no deployed revision. */
  public abstract OptionalInt revision();

  /** The drifted objects, in the deployed revision's order, then the objects left behind. */
  public abstract List<Drift> drifts();

  /** True when nothing drifted. */
  public boolean inLine() {
    return drifts().isEmpty();
  }

  /** A builder. */
  public static ImmutableDriftReport.Builder builder() {
    return ImmutableDriftReport.builder();
  }
}
