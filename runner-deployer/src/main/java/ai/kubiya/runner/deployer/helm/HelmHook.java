package ai.kubiya.runner.deployer.helm;

import java.util.List;
import org.immutables.value.Value;

/** A hook of a Helm release: an object Helm creates around install and upgrade, kept apart. */
@Value.Immutable
public abstract class HelmHook {
  /** The hook object's name. */
  public abstract String name();

  /** The hook object's kind. */
  public abstract String kind();

  /** The chart template it came from. */
  public abstract String path();

  /** The events it runs on, such as {@code pre-install}. */
  public abstract List<String> events();

  /** The hook object as YAML; may hold secrets, so never in {@code toString()}. */
  @Value.Redacted
  public abstract String manifest();

  /** A builder. */
  public static ImmutableHelmHook.Builder builder() {
    return ImmutableHelmHook.builder();
  }
}
