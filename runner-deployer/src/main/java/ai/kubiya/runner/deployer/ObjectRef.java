package ai.kubiya.runner.deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Optional;
import org.immutables.value.Value;

/** Names one Kubernetes object: kind, namespace (absent for cluster-scoped kinds) and name. */
@Value.Immutable
public abstract class ObjectRef implements Comparable<ObjectRef> {
  /** The object's kind, such as {@code Deployment}. */
  public abstract String kind();

  /** The object's namespace; empty for cluster-scoped objects. */
  public abstract Optional<String> namespace();

  /** The object's name. */
  public abstract String name();

  /** A reference to this object. */
  public static ObjectRef of(HasMetadata object) {
    return ImmutableObjectRef.builder()
        .kind(object.getKind())
        .namespace(Optional.ofNullable(object.getMetadata().getNamespace()))
        .name(object.getMetadata().getName())
        .build();
  }

  /** A reference from parts; {@code namespace} may be null for cluster-scoped objects. */
  public static ObjectRef of(String kind, String namespace, String name) {
    return ImmutableObjectRef.builder()
        .kind(kind)
        .namespace(Optional.ofNullable(namespace))
        .name(name)
        .build();
  }

  @Override
  public int compareTo(ObjectRef other) {
    return toString().compareTo(other.toString());
  }

  /** {@code Kind/name}, the way kubectl prints objects. */
  @Override
  public String toString() {
    return kind() + "/" + name();
  }
}
