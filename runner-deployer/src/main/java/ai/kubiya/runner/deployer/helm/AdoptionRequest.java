package ai.kubiya.runner.deployer.helm;

import java.nio.file.Path;
import java.util.List;
import org.immutables.value.Value;

/**
 * What to adopt: the Helm release, values layered over its stored values ({@code -f} files, then
 * {@code --set} expressions, as Helm layers them), and how.
 */
@Value.Immutable
public abstract class AdoptionRequest {
  /** The Helm release name (the SDK release keeps it). */
  public abstract String release();

  /** The release namespace. */
  public abstract String namespace();

  /** Values files layered over the release's stored values, in order. */
  public abstract List<Path> valuesFiles();

  /** {@code --set} expressions applied last, in order. */
  public abstract List<String> sets();

  /** Plan only; write nothing. Default false. */
  @Value.Default
  public boolean dryRun() {
    return false;
  }

  /** Delete Helm's release records instead of marking them superseded. Default false. */
  @Value.Default
  public boolean purgeHelmHistory() {
    return false;
  }

  /** A builder. */
  public static ImmutableAdoptionRequest.Builder builder() {
    return ImmutableAdoptionRequest.builder();
  }
}
