package ai.kubiya.runner.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** RBAC reach on plain object lists, as the deployer would fetch them from a cluster. */
class RbacReachTest {
  private static final String SA = "ServiceAccount/ns/sa";

  private static List<HasMetadata> clusterRole(String rules) {
    List<HasMetadata> objects = new ArrayList<>();
    objects.add(
        Objects.read(
            "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: sa, namespace: ns}\n",
            ServiceAccount.class));
    objects.add(
        Objects.read(
            "apiVersion: rbac.authorization.k8s.io/v1\n"
                + "kind: ClusterRole\n"
                + "metadata: {name: r}\n"
                + "rules:\n"
                + rules,
            ClusterRole.class));
    objects.add(
        Objects.read(
            "apiVersion: rbac.authorization.k8s.io/v1\n"
                + "kind: ClusterRoleBinding\n"
                + "metadata: {name: b}\n"
                + "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: r}\n"
                + "subjects: [{kind: ServiceAccount, name: sa, namespace: ns}]\n",
            ClusterRoleBinding.class));
    return objects;
  }

  private static Finding only(List<HasMetadata> objects, AuditRule rule) {
    List<Finding> found = RunnerAudit.of(objects).run().findings(rule);
    assertEquals(1, found.size(), rule.id() + ": " + found);
    assertEquals(Optional.of(SA), found.get(0).subject());
    return found.get(0);
  }

  @Test
  void escalationPathsClusterWide() {
    assertEquals(
        Severity.CRITICAL,
        only(
                clusterRole(
                    "- {apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs:"
                        + " [bind]}\n"),
                AuditRule.RBAC_ESCALATE)
            .severity());
    assertEquals(
        Severity.CRITICAL,
        only(
                clusterRole(
                    "- {apiGroups: [''], resources: [users, groups], verbs: [impersonate]}\n"),
                AuditRule.RBAC_IMPERSONATE)
            .severity());
    assertEquals(
        Severity.HIGH,
        only(
                clusterRole("- {apiGroups: [''], resources: ['*/exec'], verbs: [create]}\n"),
                AuditRule.RBAC_PODS_EXEC)
            .severity());
    assertEquals(
        Severity.CRITICAL,
        only(
                clusterRole(
                    "- {apiGroups: [''], resources: [serviceaccounts/token], verbs: [create]}\n"),
                AuditRule.RBAC_SERVICEACCOUNT_TOKEN)
            .severity());
    assertEquals(
        Severity.CRITICAL,
        only(
                clusterRole("- {apiGroups: [batch], resources: [jobs], verbs: [create]}\n"),
                AuditRule.RBAC_WORKLOAD_CREATE)
            .severity());
    Finding wildcard =
        only(
            clusterRole("- {apiGroups: [''], resources: ['*'], verbs: [get]}\n"),
            AuditRule.RBAC_WILDCARD);
    assertEquals(Severity.HIGH, wildcard.severity());
    assertTrue(
        wildcard.message().contains("wildcard in resources cluster-wide"), wildcard.message());
    // '*' on resources includes Secrets
    only(
        clusterRole("- {apiGroups: [''], resources: ['*'], verbs: [get]}\n"),
        AuditRule.RBAC_SECRETS_READ);
    // a rule of another group, or a read verb, is no escalation
    AuditReport harmless =
        RunnerAudit.of(
                clusterRole(
                    "- {apiGroups: [apps], resources: [secrets, pods/exec], verbs: [get, list,"
                        + " create]}\n"
                        + "- {apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles],"
                        + " verbs: [get, list]}\n"))
            .run();
    assertTrue(
        harmless.findings().stream().noneMatch(f -> f.rule().category() == AuditRule.Category.RBAC),
        harmless.findings().toString());
  }

  @Test
  void roleBindingToClusterRoleGrantsInItsNamespaceOnly() {
    List<HasMetadata> objects = new ArrayList<>();
    objects.add(
        Objects.read(
            "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: sa, namespace: ns}\n",
            ServiceAccount.class));
    objects.add(
        Objects.read(
            "apiVersion: rbac.authorization.k8s.io/v1\n"
                + "kind: RoleBinding\n"
                + "metadata: {name: b, namespace: ns}\n"
                + "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name:"
                + " cluster-admin}\n"
                + "subjects: [{kind: ServiceAccount, name: sa, namespace: ns}]\n",
            RoleBinding.class));
    Finding admin = only(objects, AuditRule.RBAC_NAMESPACE_ADMIN);
    assertEquals(Severity.HIGH, admin.severity());
    assertEquals("ClusterRole/cluster-admin", admin.object());
    assertTrue(admin.message().contains("in namespace ns"), admin.message());
  }

  @Test
  void unresolvedAndAggregatedRolesAreNamed() {
    List<HasMetadata> objects = new ArrayList<>();
    objects.add(
        Objects.read(
            "apiVersion: rbac.authorization.k8s.io/v1\n"
                + "kind: ClusterRoleBinding\n"
                + "metadata: {name: b}\n"
                + "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}\n"
                + "subjects: [{kind: ServiceAccount, name: sa, namespace: ns}]\n",
            ClusterRoleBinding.class));
    objects.add(
        Objects.read(
            "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: agg}\n"
                + "aggregationRule: {clusterRoleSelectors: [{matchLabels: {x: y}}]}\nrules: []\n",
            ClusterRole.class));
    AuditReport report = RunnerAudit.of(objects).run();
    assertEquals(
        "ClusterRoleBinding/b", report.findings(AuditRule.RBAC_UNRESOLVED_ROLE).get(0).object());
    assertEquals(Severity.INFO, report.findings(AuditRule.RBAC_UNRESOLVED_ROLE).get(0).severity());
    assertEquals(
        "ClusterRole/agg", report.findings(AuditRule.RBAC_AGGREGATED_ROLE).get(0).object());
  }

  @Test
  void namespaceMissingFallsBackToTheDefault() {
    List<HasMetadata> objects =
        List.of(
            Objects.read(
                "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: r}\n"
                    + "rules: [{apiGroups: [''], resources: [secrets], verbs: [list]}]\n",
                Role.class),
            Objects.read(
                "apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: b}\n"
                    + "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: r}\n"
                    + "subjects: [{kind: ServiceAccount, name: sa}]\n",
                RoleBinding.class));
    AuditReport report = RunnerAudit.of(objects).defaultNamespace("ns").run();
    Finding read = report.findings(AuditRule.RBAC_SECRETS_READ).get(0);
    assertEquals("Role/ns/r", read.object());
    assertEquals(Optional.of(SA), read.subject());
    assertEquals(Severity.MEDIUM, read.severity());
  }

  @Test
  void objectsWithoutNamesAreRefusedWithTheirIndex() {
    ServiceAccount unnamed = new ServiceAccount();
    List<HasMetadata> objects =
        new ArrayList<>(clusterRole("- {apiGroups: [''], resources: [pods], verbs: [get]}\n"));
    objects.add(unnamed);
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> RunnerAudit.of(objects));
    assertEquals(
        "object 3: no kind or metadata.name; the audit names every object", e.getMessage());
  }
}
