package ai.kubiya.runner.audit.internal;

import ai.kubiya.runner.audit.AuditRule;
import ai.kubiya.runner.audit.Severity;
import java.util.List;
import java.util.Set;

/**
 * A dangerous permission: which API groups, resources and verbs make it up, the rule reporting it,
 * how bad it is cluster-wide and in one namespace, and what it gives, in a few words.
 */
enum Capability {
  SECRETS_READ(
      AuditRule.RBAC_SECRETS_READ,
      Severity.HIGH,
      Severity.MEDIUM,
      List.of(on("", "secrets")),
      Set.of("get", "list", "watch"),
      "returns the data of every Secret in scope"),
  ESCALATE(
      AuditRule.RBAC_ESCALATE,
      Severity.CRITICAL,
      Severity.HIGH,
      List.of(on("rbac.authorization.k8s.io", "roles", "clusterroles")),
      Set.of("bind", "escalate"),
      "bypasses RBAC's escalation check: it can grant itself any role"),
  RBAC_WRITE(
      AuditRule.RBAC_WRITE,
      Severity.HIGH,
      Severity.MEDIUM,
      List.of(
          on(
              "rbac.authorization.k8s.io",
              "roles",
              "clusterroles",
              "rolebindings",
              "clusterrolebindings")),
      Set.of("create", "update", "patch", "delete", "deletecollection"),
      "hands out what it holds and can delete the bindings others rely on"),
  IMPERSONATE(
      AuditRule.RBAC_IMPERSONATE,
      Severity.CRITICAL,
      Severity.HIGH,
      List.of(
          on("", "users", "groups", "serviceaccounts"),
          on("authentication.k8s.io", "userextras/*", "uids")),
      Set.of("impersonate"),
      "acts as other identities with all their permissions"),
  PODS_EXEC(
      AuditRule.RBAC_PODS_EXEC,
      Severity.HIGH,
      Severity.MEDIUM,
      List.of(on("", "pods/exec", "pods/attach")),
      Set.of("create", "get"),
      "runs commands in other pods, with their tokens and Secrets"),
  NODES_PROXY(
      AuditRule.RBAC_NODES_PROXY,
      Severity.HIGH,
      null,
      List.of(on("", "nodes/proxy")),
      Set.of("get", "create", "update", "patch", "delete"),
      "reaches every kubelet's API, which can exec into any pod on the node, unaudited"),
  WORKLOAD_CREATE(
      AuditRule.RBAC_WORKLOAD_CREATE,
      Severity.CRITICAL,
      Severity.MEDIUM,
      List.of(
          on("", "pods", "replicationcontrollers"),
          on("apps", "deployments", "daemonsets", "statefulsets", "replicasets"),
          on("batch", "jobs", "cronjobs")),
      Set.of("create"),
      "runs pods as any ServiceAccount in scope, with their permissions"),
  SERVICEACCOUNT_TOKEN(
      AuditRule.RBAC_SERVICEACCOUNT_TOKEN,
      Severity.CRITICAL,
      Severity.MEDIUM,
      List.of(on("", "serviceaccounts/token")),
      Set.of("create"),
      "mints tokens of any ServiceAccount in scope"),
  PERSISTENTVOLUME_WRITE(
      AuditRule.RBAC_PERSISTENTVOLUME_WRITE,
      Severity.HIGH,
      null,
      List.of(on("", "persistentvolumes")),
      Set.of("create", "update", "patch", "delete"),
      "can expose any node directory as a hostPath volume and delete other tenants' volumes");

  /** Resources of one API group. */
  record On(String group, List<String> resources) {}

  private static On on(String group, String... resources) {
    return new On(group, List.of(resources));
  }

  final AuditRule rule;
  final Severity clusterSeverity;

  /** Null for cluster-scoped resources, which a namespaced grant cannot reach. */
  final Severity namespaceSeverity;

  final List<On> targets;
  final Set<String> verbs;
  final String gives;

  Capability(
      AuditRule rule,
      Severity clusterSeverity,
      Severity namespaceSeverity,
      List<On> targets,
      Set<String> verbs,
      String gives) {
    this.rule = rule;
    this.clusterSeverity = clusterSeverity;
    this.namespaceSeverity = namespaceSeverity;
    this.targets = targets;
    this.verbs = verbs;
    this.gives = gives;
  }
}
