package ai.kubiya.runner.deployer;

import java.time.Instant;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One runner release as {@code list} shows it, from its latest revision record: identity, revision,
 * status, when that revision was made, chart-equivalent version and the container images its
 * manifest runs.
 */
@Value.Immutable
public abstract class ReleaseSummary {
  /** The release. */
  public abstract ReleaseId release();

  /** The latest revision. */
  public abstract int revision();

  /** The latest revision's status. */
  public abstract RevisionStatus status();

  /** When the latest revision was made. */
  public abstract Instant updated();

  /** The chart-equivalent version of the latest revision. */
  public abstract String chartVersion();

  /** The latest revision's description. */
  public abstract String description();

  /** The images of the latest revision's workloads, by container name, in manifest order. */
  public abstract Map<String, String> images();

  /** A builder. */
  public static ImmutableReleaseSummary.Builder builder() {
    return ImmutableReleaseSummary.builder();
  }
}
