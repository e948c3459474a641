package ai.kubiya.runner.manifests.diff;

import org.immutables.value.Value;

/** Identifies one Kubernetes object: kind, namespace ({@code ""} when cluster-scoped) and name. */
@Value.Immutable
public abstract class ObjectRef {
  /** The object's {@code kind}. */
  @Value.Parameter
  public abstract String kind();

  /** The object's namespace, {@code ""} for cluster-scoped kinds. */
  @Value.Parameter
  public abstract String namespace();

  /** The object's {@code metadata.name}. */
  @Value.Parameter
  public abstract String name();

  /** A reference to {@code kind/namespace/name}. */
  public static ObjectRef of(String kind, String namespace, String name) {
    return ImmutableObjectRef.of(kind, namespace, name);
  }

  /** {@code Kind/namespace/name} ({@code Kind//name} when cluster-scoped). */
  @Override
  public String toString() {
    return kind() + "/" + namespace() + "/" + name();
  }
}
