package ai.kubiya.runner.deployer.helm;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A Helm release: its name, namespace and revisions, oldest first. */
@Value.Immutable
public abstract class HelmRelease {
  /** The release name. */
  public abstract String name();

  /** The release namespace. */
  public abstract String namespace();

  /** The revisions, oldest first; never empty. */
  public abstract List<HelmRevision> revisions();

  /** The newest revision (what {@code helm status} reports). */
  public HelmRevision latest() {
    return revisions().get(revisions().size() - 1);
  }

  /** The newest revision with status {@code deployed}, if any. */
  public Optional<HelmRevision> deployed() {
    for (int i = revisions().size() - 1; i >= 0; i--) {
      if (revisions().get(i).status() == HelmStatus.DEPLOYED) {
        return Optional.of(revisions().get(i));
      }
    }
    return Optional.empty();
  }

  /** The revision numbered {@code revision}, if the history has it. */
  public Optional<HelmRevision> revision(int revision) {
    return revisions().stream().filter(r -> r.revision() == revision).findFirst();
  }

  @Value.Check
  void check() {
    if (revisions().isEmpty()) {
      throw new IllegalStateException("a Helm release has at least one revision");
    }
  }

  /** A builder. */
  public static ImmutableHelmRelease.Builder builder() {
    return ImmutableHelmRelease.builder();
  }
}
