package ai.kubiya.runner.deployer;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The live state of a release: its current revision and one {@link ComponentStatus} per component.
 */
@Value.Immutable
public abstract class ReleaseStatus {
  /** The release. */
  public abstract ReleaseId release();

  /** The latest revision record, if the release has a history. */
  public abstract Optional<RevisionRecord> revision();

  /** The components, in install order of their workloads. */
  public abstract List<ComponentStatus> components();

  /** The worst component grade; Down when there is no component. */
  public HealthGrade grade() {
    return components().stream()
        .map(ComponentStatus::grade)
        .reduce(HealthGrade.HEALTHY, HealthGrade::worst)
        .worst(components().isEmpty() ? HealthGrade.DOWN : HealthGrade.HEALTHY);
  }

  /** A builder. */
  public static ImmutableReleaseStatus.Builder builder() {
    return ImmutableReleaseStatus.builder();
  }
}
