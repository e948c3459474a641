package ai.kubiya.runner.manifests;

import ai.kubiya.runner.naming.Component;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.function.UnaryOperator;

/**
 * Adjusts a component's objects after they are built and before they are rendered, so users can
 * change what they need (a toleration, an annotation, a security context) without forking.
 *
 * <pre>{@code
 * ManifestSet set = RunnerManifests.of(config)
 *     .customize(ManifestCustomizer.ofType(Deployment.class, d -> new DeploymentBuilder(d)
 *         .editSpec().editTemplate().editSpec()
 *             .addNewToleration().withKey("dedicated").withOperator("Exists").endToleration()
 *         .endSpec().endTemplate().endSpec()
 *         .build()))
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface ManifestCustomizer {
  /** The object to render in place of {@code object}: the same, a changed copy, or {@code null} to drop it. */
  HasMetadata customize(Component component, HasMetadata object);

  /** A customizer of every object of one type, of any component. */
  static <T extends HasMetadata> ManifestCustomizer ofType(Class<T> type, UnaryOperator<T> change) {
    return (component, object) -> type.isInstance(object) ? change.apply(type.cast(object)) : object;
  }

  /** This customizer, applied to one component's objects only. */
  default ManifestCustomizer onlyFor(Component only) {
    return (component, object) -> component == only ? customize(component, object) : object;
  }
}
