package ai.kubiya.runner.audit.internal;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Map;
import java.util.Set;

/**
 * How the audit names objects: {@code Kind/namespace/name}, or {@code Kind/name} if cluster-scoped.
 */
public final class ObjectRefs {
  private static final Set<String> CLUSTER_SCOPED =
      Set.of(
          "ClusterRole",
          "ClusterRoleBinding",
          "Namespace",
          "Node",
          "PersistentVolume",
          "StorageClass",
          "CustomResourceDefinition",
          "PriorityClass",
          "IngressClass",
          "MutatingWebhookConfiguration",
          "ValidatingWebhookConfiguration",
          "APIService",
          "CSIDriver",
          "RuntimeClass",
          "VolumeAttachment");

  private ObjectRefs() {}

  /** True for kinds that live outside any namespace. */
  public static boolean clusterScoped(String kind) {
    return CLUSTER_SCOPED.contains(kind);
  }

  /** The object's name in reports. */
  public static String ref(HasMetadata o, String defaultNamespace) {
    return ref(o.getKind(), namespace(o, defaultNamespace), o.getMetadata().getName());
  }

  /** The name in reports of an object of this kind, namespace and name. */
  public static String ref(String kind, String namespace, String name) {
    if (clusterScoped(kind) || namespace == null || namespace.isEmpty()) {
      return kind + "/" + name;
    }
    return kind + "/" + namespace + "/" + name;
  }

  /** The object's namespace, or the default one when it has none (a render without namespaces). */
  public static String namespace(HasMetadata o, String defaultNamespace) {
    if (clusterScoped(o.getKind())) {
      return "";
    }
    String ns = o.getMetadata().getNamespace();
    return ns == null || ns.isEmpty() ? defaultNamespace : ns;
  }

  /** A label of the object, or null. */
  public static String label(HasMetadata o, String key) {
    Map<String, String> labels = o.getMetadata().getLabels();
    return labels == null ? null : labels.get(key);
  }
}
