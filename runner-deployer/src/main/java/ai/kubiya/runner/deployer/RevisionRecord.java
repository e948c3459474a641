package ai.kubiya.runner.deployer;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * One revision of a release, as stored in the release history (one Secret per revision in the
 * release's namespace): number, time, chart-equivalent version, status, a description, the values
 * document and the manifest that was applied. Values and manifest may hold secrets and never appear
 * in {@code toString()}.
 */
@Value.Immutable
public abstract class RevisionRecord {
  /** The release. */
  public abstract ReleaseId release();

  /** The revision number, from 1. */
  public abstract int revision();

  /** When the revision was started. */
  public abstract Instant time();

  /** The chart-equivalent version. */
  public abstract String chartVersion();

  /** The state of the revision. */
  public abstract RevisionStatus status();

  /** What the revision did, such as {@code Install complete} or {@code Rollback to 2}. */
  public abstract String description();

  /** The values document of the revision. */
  @Value.Redacted
  public abstract String valuesYaml();

  /** The objects the revision applied, as a multi-document YAML stream. */
  @Value.Redacted
  public abstract String manifestYaml();

  /** A builder. */
  public static ImmutableRevisionRecord.Builder builder() {
    return ImmutableRevisionRecord.builder();
  }
}
