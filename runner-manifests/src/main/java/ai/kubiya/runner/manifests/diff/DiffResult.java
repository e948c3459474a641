package ai.kubiya.runner.manifests.diff;

import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The outcome of a {@link ManifestDiff}: every difference found, allowed or not, and the counts.
 */
@Value.Immutable
public abstract class DiffResult {
  /** Every difference, in expected-object order then path order. */
  public abstract List<Difference> differences();

  /** How many objects the expected set holds. */
  public abstract int expectedObjects();

  /** How many objects the actual set holds. */
  public abstract int actualObjects();

  /** The differences no allow-list entry matches. */
  @Value.Derived
  public List<Difference> reported() {
    return differences().stream()
        .filter(d -> !d.allowed())
        .collect(Collectors.toUnmodifiableList());
  }

  /** How many differences an allow-list entry matched. */
  public int allowedCount() {
    return differences().size() - reported().size();
  }

  /** True when the sets are equal except for allowed differences. */
  public boolean isEqual() {
    return reported().isEmpty();
  }

  /** A builder of {@code DiffResult}. */
  public static ImmutableDiffResult.Builder builder() {
    return ImmutableDiffResult.builder();
  }
}
