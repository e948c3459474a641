package ai.kubiya.runner.manifests.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Helm's install order by kind: namespaces and policies first, then identities, configuration,
 * RBAC, services and finally workloads. Kinds Helm does not know go last. Uninstall uses the
 * reverse order.
 */
public final class KindOrder {
  private static final List<String> ORDER =
      List.of(
          "PriorityClass",
          "Namespace",
          "NetworkPolicy",
          "ResourceQuota",
          "LimitRange",
          "PodSecurityPolicy",
          "PodDisruptionBudget",
          "ServiceAccount",
          "Secret",
          "SecretList",
          "ConfigMap",
          "StorageClass",
          "PersistentVolume",
          "PersistentVolumeClaim",
          "CustomResourceDefinition",
          "ClusterRole",
          "ClusterRoleList",
          "ClusterRoleBinding",
          "ClusterRoleBindingList",
          "Role",
          "RoleList",
          "RoleBinding",
          "RoleBindingList",
          "Service",
          "DaemonSet",
          "Pod",
          "ReplicationController",
          "ReplicaSet",
          "Deployment",
          "HorizontalPodAutoscaler",
          "StatefulSet",
          "Job",
          "CronJob",
          "IngressClass",
          "Ingress",
          "APIService",
          "MutatingWebhookConfiguration",
          "ValidatingWebhookConfiguration");

  private static final Map<String, Integer> RANK = new HashMap<>();

  static {
    for (int i = 0; i < ORDER.size(); i++) {
      RANK.put(ORDER.get(i), i);
    }
  }

  private KindOrder() {}

  /** The install rank of a kind: lower installs earlier; unknown kinds rank last. */
  public static int rank(String kind) {
    return RANK.getOrDefault(kind, ORDER.size());
  }

  /** The kinds in install order. */
  public static List<String> kinds() {
    return ORDER;
  }
}
