package ai.kubiya.runner.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the audit finds in the chart's default runner and with the admin-access values. */
class RunnerFindingsTest {
  private static final String TOOL_MANAGER_SA = "ServiceAccount/kubiya/kubiya-runner-tool-manager";
  private static final String OPERATOR_SA = "ServiceAccount/kubiya/kubiya-runner-operator";
  private static final String IMAGE_UPDATER_SA =
      "ServiceAccount/kubiya/kubiya-runner-image-updater";
  private static final String ALLOY_SA = "ServiceAccount/kubiya/deployment-x-alloy";

  @Test
  void defaultRunnerAlloyReadsEverySecretAndReachesKubelets() {
    AuditReport report = Renders.audit("default");
    Finding secrets = only(report, AuditRule.RBAC_SECRETS_READ, ALLOY_SA);
    assertEquals(Severity.HIGH, secrets.severity());
    assertEquals("ClusterRole/deployment-x-alloy", secrets.object());
    assertEquals(Optional.of("alloy.enabled"), secrets.value());
    assertTrue(secrets.message().contains("cluster-wide"), secrets.message());
    Finding proxy = only(report, AuditRule.RBAC_NODES_PROXY, ALLOY_SA);
    assertEquals(Severity.HIGH, proxy.severity());
  }

  @Test
  void defaultRunnerImageUpdaterIsNamespaceAdminAndWritesClusterRbac() {
    AuditReport report = Renders.audit("default");
    Finding admin = only(report, AuditRule.RBAC_NAMESPACE_ADMIN, IMAGE_UPDATER_SA);
    assertEquals("Role/kubiya/kubiya-runner-image-updater", admin.object());
    assertEquals(Optional.of("imageUpdater.cronJob.create"), admin.value());
    assertEquals(Severity.HIGH, admin.severity());
    Finding write = only(report, AuditRule.RBAC_WRITE, IMAGE_UPDATER_SA);
    assertEquals("ClusterRole/kubiya-runner-image-updater-clusterrole", write.object());
    assertTrue(
        write.message().contains("clusterroles, clusterrolebindings cluster-wide"),
        write.message());
    assertEquals(
        Optional.empty(), write.value(), "no value removes the image-updater's ClusterRole");
    // namespace-admin implies its namespace's secrets, exec, workloads: not reported again
    assertTrue(
        report.findings(AuditRule.RBAC_SECRETS_READ).stream()
            .noneMatch(f -> f.subject().orElse("").equals(IMAGE_UPDATER_SA)));
    // nobody is cluster-admin by default
    assertTrue(report.findings(AuditRule.RBAC_CLUSTER_ADMIN).isEmpty());
  }

  @Test
  void defaultRunnerToolManagerCreatesPodsSoActsAsTheImageUpdater() {
    AuditReport report = Renders.audit("default");
    Finding create = only(report, AuditRule.RBAC_WORKLOAD_CREATE, TOOL_MANAGER_SA);
    assertEquals(
        Severity.HIGH,
        create.severity(),
        "raised from medium: it can run pods as the namespace admin");
    assertTrue(create.message().contains("act as " + IMAGE_UPDATER_SA), create.message());
    Finding secrets = only(report, AuditRule.RBAC_SECRETS_READ, TOOL_MANAGER_SA);
    assertEquals(Severity.MEDIUM, secrets.severity());
    assertTrue(secrets.message().contains("in namespace kubiya"), secrets.message());
    Finding pv = only(report, AuditRule.RBAC_PERSISTENTVOLUME_WRITE, TOOL_MANAGER_SA);
    assertEquals("ClusterRole/kubiya-runner-tool-manager-cluster-pvc-access", pv.object());
  }

  @Test
  void defaultRunnerDaggerEngineIsPrivilegedWithHostPaths() {
    AuditReport report = Renders.audit("default");
    String dagger = "DaemonSet/kubiya/deployment-x-dagger-engine";
    Finding privileged = report.findings(AuditRule.PSS_PRIVILEGED).get(0);
    assertEquals(1, report.findings(AuditRule.PSS_PRIVILEGED).size());
    assertEquals(dagger, privileged.object());
    assertEquals(Optional.of("dagger-engine"), privileged.container());
    assertEquals(Severity.CRITICAL, privileged.severity());
    assertEquals(Optional.of("dagger.enabled"), privileged.value());
    assertEquals(2, report.findings(AuditRule.PSS_HOST_PATH).size());
    assertTrue(report.findings(AuditRule.PSS_CAPABILITIES).get(0).message().contains("[ALL]"));
  }

  @Test
  void defaultRunnerPlainSecretEnvIsTheClientSecretOnly() {
    AuditReport report = Renders.audit("default");
    List<Finding> env = report.findings(AuditRule.ENV_PLAIN_SECRET);
    assertEquals(1, env.size(), env.toString());
    assertTrue(env.get(0).message().startsWith("env AZURE_CLIENT_SECRET "), env.get(0).message());
    assertEquals(Optional.of("alloy.alloy.extraEnv"), env.get(0).value());
    // Alloy's resources sit at a key the subchart never reads
    assertTrue(
        report.findings(AuditRule.RESOURCES_LIMITS).stream()
            .anyMatch(
                f ->
                    f.container().equals(Optional.of("alloy"))
                        && f.value().equals(Optional.of("alloy.alloy.resources"))));
  }

  /**
   * Pod Security Standards levels of the default runner, checked by hand against the controls of
   * kubernetes.io/docs/concepts/security/pod-security-standards. Deciding controls:
   *
   * <ul>
   *   <li>dagger engine: privileged. Baseline "Privileged Containers" (privileged: true), also
   *       "Capabilities" (add ALL) and "HostPath Volumes" (/var/lib/dagger, /var/run/dagger).
   *   <li>kubiya-operator, agent-manager, tool-manager, Alloy: baseline. No Baseline control is
   *       touched (no securityContext beyond Alloy's runAsUser 473, only configMap, secret and
   *       emptyDir volumes); Restricted "Privilege Escalation" (allowPrivilegeEscalation unset),
   *       "Running as Non-root", "Seccomp" and "Capabilities" (no drop ALL) are broken.
   *   <li>image-updater: baseline, as above plus "Running as Non-root user" (pod runAsUser: 0).
   *   <li>kube-state-metrics: restricted. runAsNonRoot, runAsUser 65534, seccomp RuntimeDefault,
   *       allowPrivilegeEscalation false, drop ALL, no volumes.
   * </ul>
   */
  @Test
  void defaultRunnerPodSecurityLevels() {
    AuditReport report = Renders.audit("default");
    Set<AuditRule> restrictedFour =
        EnumSet.of(
            AuditRule.PSS_ALLOW_PRIVILEGE_ESCALATION,
            AuditRule.PSS_RUN_AS_NON_ROOT,
            AuditRule.PSS_SECCOMP_REQUIRED,
            AuditRule.PSS_CAPABILITIES_RESTRICTED);
    Map<String, WorkloadPosture> byObject =
        report.workloads().stream().collect(Collectors.toMap(WorkloadPosture::object, w -> w));
    assertEquals(7, byObject.size(), byObject.keySet().toString());

    WorkloadPosture dagger = byObject.get("DaemonSet/kubiya/deployment-x-dagger-engine");
    assertEquals(PssLevel.PRIVILEGED, dagger.level());
    assertTrue(
        dagger
            .brokenControls()
            .containsAll(
                EnumSet.of(
                    AuditRule.PSS_PRIVILEGED,
                    AuditRule.PSS_CAPABILITIES,
                    AuditRule.PSS_HOST_PATH)));
    for (String name :
        List.of(
            "Deployment/kubiya/kubiya-operator",
            "Deployment/kubiya/agent-manager",
            "Deployment/kubiya/tool-manager",
            "Deployment/kubiya/deployment-x-alloy")) {
      assertEquals(PssLevel.BASELINE, byObject.get(name).level(), name);
      assertEquals(restrictedFour, Set.copyOf(byObject.get(name).brokenControls()), name);
    }
    WorkloadPosture updater =
        byObject.get("CronJob/kubiya/deployment-x-kubiya-runner-helm-updater");
    assertEquals(PssLevel.BASELINE, updater.level());
    Set<AuditRule> updaterBroken = EnumSet.copyOf(restrictedFour);
    updaterBroken.add(AuditRule.PSS_RUN_AS_USER_ROOT);
    assertEquals(updaterBroken, Set.copyOf(updater.brokenControls()));
    WorkloadPosture ksm = byObject.get("Deployment/kubiya/deployment-x-kubestatemetrics");
    assertEquals(PssLevel.RESTRICTED, ksm.level());
    assertTrue(ksm.brokenControls().isEmpty());

    assertEquals(
        PssLevel.PRIVILEGED,
        report.summary().podSecurity().get("DaemonSet/kubiya/deployment-x-dagger-engine"));
  }

  @Test
  void summaryCountsTheFindings() {
    AuditReport report = Renders.audit("default");
    AuditSummary summary = report.summary();
    assertEquals(report.findings().size(), summary.total());
    for (Severity s : Severity.values()) {
      long n = report.findings().stream().filter(f -> f.severity() == s).count();
      assertEquals((int) n, summary.bySeverity().get(s), s.id());
    }
    assertEquals(List.of(Severity.values()), List.copyOf(summary.bySeverity().keySet()));
  }

  @Test
  void adminAccessMakesToolManagerClusterAdminAndTheOperatorNamespaceAdmin() {
    AuditReport report = Renders.audit("admin-access");
    Finding clusterAdmin = only(report, AuditRule.RBAC_CLUSTER_ADMIN, TOOL_MANAGER_SA);
    assertEquals(Severity.CRITICAL, clusterAdmin.severity());
    assertEquals("ClusterRole/kubiya-runner-tool-manager-fullaccess", clusterAdmin.object());
    assertEquals(Optional.of("toolManager.adminClusterRole.create"), clusterAdmin.value());
    assertEquals(1, report.findings(AuditRule.RBAC_CLUSTER_ADMIN).size());

    // fullAccess adds * on * to a Role: namespace-wide, not cluster-wide. It is critical all the
    // same, because a namespace admin runs pods as the cluster-admin tool-manager ServiceAccount.
    Finding operator = only(report, AuditRule.RBAC_NAMESPACE_ADMIN, OPERATOR_SA);
    assertEquals(Optional.of("kubiyaOperator.fullAccess"), operator.value());
    assertEquals(Severity.CRITICAL, operator.severity());
    assertTrue(
        operator.message().contains("act as " + TOOL_MANAGER_SA + ", which is rbac-cluster-admin"));
    assertEquals(
        Severity.CRITICAL,
        only(report, AuditRule.RBAC_NAMESPACE_ADMIN, IMAGE_UPDATER_SA).severity());
    assertTrue(report.hasFindingAtLeast(Severity.CRITICAL));

    // cluster-admin implies the rest of tool-manager's reach: reported once
    assertFalse(
        report.findings().stream()
            .anyMatch(
                f ->
                    f.rule() != AuditRule.RBAC_CLUSTER_ADMIN
                        && f.rule().category() == AuditRule.Category.RBAC
                        && f.subject().orElse("").equals(TOOL_MANAGER_SA)));
  }

  @Test
  void reachListsEveryBoundServiceAccountWithScopes() {
    AuditReport report = Renders.audit("admin-access");
    ServiceAccountReach tm =
        report.reach().stream()
            .filter(r -> r.subject().equals(TOOL_MANAGER_SA))
            .findFirst()
            .orElseThrow();
    assertTrue(
        tm.grants().stream()
            .anyMatch(
                g ->
                    g.clusterWide()
                        && g.role().equals("ClusterRole/kubiya-runner-tool-manager-fullaccess")
                        && g.verbs().equals(List.of("*"))));
    assertTrue(
        tm.grants().stream()
            .anyMatch(
                g ->
                    g.namespace().equals(Optional.of("kubiya"))
                        && g.binding()
                            .equals(
                                "RoleBinding/kubiya/"
                                    + "kubiya-runner-tool-manager-namespace-scope-binding")));
    // every bound ServiceAccount; dagger's has no binding
    assertEquals(
        6,
        report.reach().size(),
        report.reach().stream().map(ServiceAccountReach::subject).toList().toString());
  }

  private static Finding only(AuditReport report, AuditRule rule, String subject) {
    List<Finding> found =
        report.findings(rule).stream()
            .filter(f -> f.subject().equals(Optional.of(subject)))
            .toList();
    assertEquals(1, found.size(), rule.id() + " for " + subject + ": " + found);
    return found.get(0);
  }
}
