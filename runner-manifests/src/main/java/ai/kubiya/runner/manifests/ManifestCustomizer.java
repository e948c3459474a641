package ai.kubiya.runner.manifests;

import ai.kubiya.runner.naming.Component;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Adjusts a component's objects after they are built and before they are rendered, so users can
 * change what they need (a toleration, an annotation, a security context) without forking.
 *
 * <pre>{@code
 * ManifestSet set = RunnerManifests.of(config)
 *     .customize(ManifestCustomizer.podSpec(spec -> new PodSpecBuilder(spec)
 *             .addNewToleration().withKey("dedicated").withOperator("Exists").endToleration()
 *             .build())
 *         .named("tool-manager"))
 *     .build();
 * }</pre>
 *
 * <p>Customizers see the objects the builders made; an object a customizer does not apply to (of
 * another type, name or component, or without the part it changes) passes through unchanged.
 */
@FunctionalInterface
public interface ManifestCustomizer {
  /**
   * The object to render in place of {@code object}: the same, a changed copy, or {@code null} to
   * drop it.
   */
  HasMetadata customize(Component component, HasMetadata object);

  /** A customizer of every object of one type, of any component; narrow it with {@link #named}. */
  static <T extends HasMetadata> ManifestCustomizer ofType(Class<T> type, UnaryOperator<T> change) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(change, "change");
    return (component, object) ->
        type.isInstance(object) ? change.apply(type.cast(object)) : object;
  }

  /**
   * A customizer of the pod spec of every workload (Deployment, DaemonSet, StatefulSet, Job,
   * CronJob). {@code change} gets a copy of the pod spec and returns the one to use; the object is
   * copied, never changed in place. Objects without a pod template (a ConfigMap, a Service, a
   * workload whose template is unset) pass through unchanged.
   */
  static ManifestCustomizer podSpec(UnaryOperator<PodSpec> change) {
    Objects.requireNonNull(change, "change");
    return (component, object) -> WorkloadPodSpecs.customize(object, change);
  }

  /** This customizer, applied to one component's objects only. */
  default ManifestCustomizer onlyFor(Component only) {
    Objects.requireNonNull(only, "only");
    return (component, object) -> component == only ? customize(component, object) : object;
  }

  /**
   * This customizer, applied to the objects of these names only (e.g. {@code
   * named("tool-manager")}: the tool-manager Deployment, Service and so on, with {@link #ofType}
   * one of them).
   */
  default ManifestCustomizer named(String... names) {
    Set<String> only = Set.of(names);
    return (component, object) -> {
      String name = object.getMetadata() == null ? null : object.getMetadata().getName();
      return name != null && only.contains(name) ? customize(component, object) : object;
    };
  }
}
