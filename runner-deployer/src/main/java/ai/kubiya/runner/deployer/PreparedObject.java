package ai.kubiya.runner.deployer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;

/**
 * A desired object ready to write: normalized, stamped with the release labels and the digest of
 * its normalized form.
 *
 * @param ref the object's reference
 * @param type the fabric8 model class, used to reach the right API
 * @param desired the normalized tree without the release stamp (what the digest covers)
 * @param digest the digest of {@code desired}
 * @param object the stamped object to send
 */
record PreparedObject(
    ObjectRef ref,
    Class<? extends HasMetadata> type,
    ObjectNode desired,
    String digest,
    HasMetadata object) {

  /** Prepares one rendered object of a release. */
  static PreparedObject of(HasMetadata rendered, ReleaseId release) {
    ObjectNode desired = ObjectTrees.normalize(rendered, release.namespace());
    String digest = ObjectTrees.digest(desired);
    ObjectNode stamped = desired.deepCopy();
    ObjectTrees.stamp(stamped, release, digest);
    HasMetadata object = ObjectTrees.fromTree(stamped, rendered.getClass());
    return new PreparedObject(ObjectRef.of(object), rendered.getClass(), desired, digest, object);
  }

  /** Where objects of this kind and namespace are listed. */
  ListTarget target() {
    return new ListTarget(
        type, Namespaced.class.isAssignableFrom(type) ? object.getMetadata().getNamespace() : null);
  }
}
