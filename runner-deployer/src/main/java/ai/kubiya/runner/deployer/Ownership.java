package ai.kubiya.runner.deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Map;

/**
 * The labels and annotations that mark an object as belonging to a release. The deployer only
 * changes or deletes objects that carry both release labels with this release's values.
 */
final class Ownership {
  /** Label: the release name. */
  static final String RELEASE_LABEL = "runner.kubiya.ai/release";

  /** Label: the release namespace (cluster-scoped objects need it to tell releases apart). */
  static final String NAMESPACE_LABEL = "runner.kubiya.ai/release-namespace";

  /** Annotation: the digest of the desired object last applied. */
  static final String DIGEST_ANNOTATION = "runner.kubiya.ai/applied-digest";

  /** Annotation Helm uses to keep an object on uninstall (value {@code keep}). */
  static final String RESOURCE_POLICY = "helm.sh/resource-policy";

  private Ownership() {}

  /** The label selector of the release's objects. */
  static Map<String, String> selector(ReleaseId release) {
    return Map.of(RELEASE_LABEL, release.name(), NAMESPACE_LABEL, release.namespace());
  }

  /** True when the object carries this release's labels. */
  static boolean ownedBy(HasMetadata object, ReleaseId release) {
    Map<String, String> labels = object.getMetadata().getLabels();
    return labels != null
        && release.name().equals(labels.get(RELEASE_LABEL))
        && release.namespace().equals(labels.get(NAMESPACE_LABEL));
  }

  /** True when the object carries either release label, whatever its values. */
  static boolean hasReleaseLabels(HasMetadata object) {
    Map<String, String> labels = object.getMetadata().getLabels();
    return labels != null
        && (labels.containsKey(RELEASE_LABEL) || labels.containsKey(NAMESPACE_LABEL));
  }

  /** True when both objects carry the same release labels (both present). */
  static boolean sameRelease(HasMetadata live, HasMetadata desired) {
    Map<String, String> labels = desired.getMetadata().getLabels();
    return labels != null
        && labels.containsKey(RELEASE_LABEL)
        && ownedBy(live, ReleaseId.of(labels.get(RELEASE_LABEL), labels.get(NAMESPACE_LABEL)));
  }

  /** Who owns a foreign object, for error messages. */
  static String describeOwner(HasMetadata object) {
    Map<String, String> labels = object.getMetadata().getLabels();
    Map<String, String> annotations = object.getMetadata().getAnnotations();
    if (labels != null && labels.containsKey(RELEASE_LABEL)) {
      return "belongs to release " + labels.get(NAMESPACE_LABEL) + "/" + labels.get(RELEASE_LABEL);
    }
    if (annotations != null && annotations.containsKey("meta.helm.sh/release-name")) {
      return "belongs to Helm release "
          + annotations.get("meta.helm.sh/release-namespace")
          + "/"
          + annotations.get("meta.helm.sh/release-name");
    }
    return "exists and belongs to no kubiya-runner release";
  }

  /** True when the object asks to be kept on uninstall. */
  static boolean keepOnUninstall(HasMetadata object) {
    Map<String, String> annotations = object.getMetadata().getAnnotations();
    return annotations != null && "keep".equals(annotations.get(RESOURCE_POLICY));
  }

  /**
   * True when the release may delete the object as it is: it carries the release's labels and does
   * not ask to be kept.
   */
  static boolean mayDelete(HasMetadata object, ReleaseId release) {
    return ownedBy(object, release) && !keepOnUninstall(object);
  }

  /** The digest the object was last applied with, or null. */
  static String appliedDigest(HasMetadata object) {
    Map<String, String> annotations = object.getMetadata().getAnnotations();
    return annotations == null ? null : annotations.get(DIGEST_ANNOTATION);
  }
}
