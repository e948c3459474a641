package ai.kubiya.runner.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.Pod;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each control of the Pod Security Standards
 * (kubernetes.io/docs/concepts/security/pod-security-standards) on a pod that breaks only it, and a
 * pod that meets Restricted.
 */
class PodSecurityStandardsTest {
  /** A container that meets every Restricted control by itself. */
  private static final String HARDENED =
      "    securityContext:\n"
          + "      allowPrivilegeEscalation: false\n"
          + "      runAsNonRoot: true\n"
          + "      seccompProfile: {type: RuntimeDefault}\n"
          + "      capabilities: {drop: [ALL]}\n";

  private static WorkloadPosture posture(Pod pod) {
    return RunnerAudit.of(java.util.List.of(pod)).run().workloads().get(0);
  }

  private static void assertBreaks(String spec, PssLevel level, AuditRule... rules) {
    WorkloadPosture p = posture(Objects.pod(spec));
    assertEquals(level, p.level(), spec);
    Set<AuditRule> expected =
        rules.length == 0 ? EnumSet.noneOf(AuditRule.class) : EnumSet.of(rules[0], rules);
    assertEquals(expected, Set.copyOf(p.brokenControls()), spec);
  }

  private static String container(String extra) {
    return "  containers:\n  - name: c\n    image: i@sha256:0\n" + HARDENED + extra;
  }

  @Test
  void hardenedPodMeetsRestricted() {
    assertBreaks(container(""), PssLevel.RESTRICTED);
    // pod-level runAsNonRoot and seccomp cover containers that leave them unset
    assertBreaks(
        "  securityContext: {runAsNonRoot: true, seccompProfile: {type: Localhost,"
            + " localhostProfile: p.json}}\n"
            + "  containers:\n"
            + "  - name: c\n"
            + "    image: i\n"
            + "    securityContext:\n"
            + "      allowPrivilegeEscalation: false\n"
            + "      capabilities: {drop: [ALL], add: [NET_BIND_SERVICE]}\n"
            + "  volumes:\n"
            + "  - {name: a, configMap: {name: x}}\n"
            + "  - {name: b, emptyDir: {}}\n"
            + "  - {name: c, projected: {sources: []}}\n"
            + "  - {name: d, persistentVolumeClaim: {claimName: x}}\n",
        PssLevel.RESTRICTED);
  }

  @Test
  void baselineControls() {
    assertBreaks(
        "  hostNetwork: true\n" + container(""),
        PssLevel.PRIVILEGED,
        AuditRule.PSS_HOST_NAMESPACES);
    assertBreaks(
        "  hostPID: true\n" + container(""), PssLevel.PRIVILEGED, AuditRule.PSS_HOST_NAMESPACES);
    assertBreaks(
        "  hostIPC: true\n" + container(""), PssLevel.PRIVILEGED, AuditRule.PSS_HOST_NAMESPACES);
    assertBreaks(
        container("      privileged: true\n"), PssLevel.PRIVILEGED, AuditRule.PSS_PRIVILEGED);
    assertBreaks(
        container("    ports: [{containerPort: 80, hostPort: 8080}]\n"),
        PssLevel.PRIVILEGED,
        AuditRule.PSS_HOST_PORTS);
    assertBreaks(
        container("      procMount: Unmasked\n"), PssLevel.PRIVILEGED, AuditRule.PSS_PROC_MOUNT);
    assertBreaks(
        container("      seLinuxOptions: {type: spc_t}\n"),
        PssLevel.PRIVILEGED,
        AuditRule.PSS_SELINUX);
    assertBreaks(
        container("      seLinuxOptions: {type: container_t, level: 's0:c1'}\n"),
        PssLevel.RESTRICTED);
    assertBreaks(
        "  securityContext: {sysctls: [{name: kernel.msgmax, value: '1'}]}\n" + container(""),
        PssLevel.PRIVILEGED,
        AuditRule.PSS_SYSCTLS);
    assertBreaks(
        "  securityContext: {sysctls: [{name: net.ipv4.ip_local_port_range, value: '1024"
            + " 65535'}]}\n"
            + container(""),
        PssLevel.RESTRICTED);
    assertBreaks(
        "  windowsOptions: {}\n  securityContext: {windowsOptions: {hostProcess: true}}\n"
            + container(""),
        PssLevel.PRIVILEGED,
        AuditRule.PSS_HOST_PROCESS);
  }

  @Test
  void hostPathBreaksBaselineAndRestrictedVolumeTypes() {
    assertBreaks(
        container("") + "  volumes: [{name: h, hostPath: {path: /etc}}]\n",
        PssLevel.PRIVILEGED,
        AuditRule.PSS_HOST_PATH,
        AuditRule.PSS_VOLUME_TYPES);
  }

  @Test
  void capabilities() {
    // beyond the runtime's default set: Baseline
    assertBreaks(
        "  containers:\n"
            + "  - name: c\n"
            + "    image: i\n"
            + "    securityContext:\n"
            + "      allowPrivilegeEscalation: false\n"
            + "      runAsNonRoot: true\n"
            + "      seccompProfile: {type: RuntimeDefault}\n"
            + "      capabilities: {drop: [ALL], add: [NET_ADMIN]}\n",
        PssLevel.PRIVILEGED,
        AuditRule.PSS_CAPABILITIES);
    // in the default set but not NET_BIND_SERVICE: Baseline holds, Restricted does not
    assertBreaks(
        "  containers:\n"
            + "  - name: c\n"
            + "    image: i\n"
            + "    securityContext:\n"
            + "      allowPrivilegeEscalation: false\n"
            + "      runAsNonRoot: true\n"
            + "      seccompProfile: {type: RuntimeDefault}\n"
            + "      capabilities: {drop: [ALL], add: [CHOWN]}\n",
        PssLevel.BASELINE,
        AuditRule.PSS_CAPABILITIES_RESTRICTED);
  }

  @Test
  void seccompAndAppArmor() {
    assertBreaks(
        "  securityContext: {seccompProfile: {type: Unconfined}}\n"
            + "  containers:\n"
            + "  - name: c\n"
            + "    image: i\n"
            + "    securityContext:\n"
            + "      allowPrivilegeEscalation: false\n"
            + "      runAsNonRoot: true\n"
            + "      capabilities: {drop: [ALL]}\n",
        PssLevel.PRIVILEGED,
        AuditRule.PSS_SECCOMP,
        AuditRule.PSS_SECCOMP_REQUIRED);
    assertBreaks(
        "  containers:\n"
            + "  - name: c\n"
            + "    image: i\n"
            + "    securityContext:\n"
            + "      allowPrivilegeEscalation: false\n"
            + "      runAsNonRoot: true\n"
            + "      capabilities: {drop: [ALL]}\n",
        PssLevel.BASELINE,
        AuditRule.PSS_SECCOMP_REQUIRED);
    Pod annotated = Objects.pod(container(""));
    annotated
        .getMetadata()
        .setAnnotations(
            java.util.Map.of("container.apparmor.security.beta.kubernetes.io/c", "unconfined"));
    assertEquals(PssLevel.PRIVILEGED, posture(annotated).level());
    assertEquals(java.util.List.of(AuditRule.PSS_APPARMOR), posture(annotated).brokenControls());
    assertBreaks(
        container("      appArmorProfile: {type: Unconfined}\n"),
        PssLevel.PRIVILEGED,
        AuditRule.PSS_APPARMOR);
    // a container's own Unconfined breaks both seccomp controls, reported once as a finding
    String unconfined =
        "  containers:\n"
            + "  - name: c\n"
            + "    image: i\n"
            + "    securityContext:\n"
            + "      allowPrivilegeEscalation: false\n"
            + "      runAsNonRoot: true\n"
            + "      capabilities: {drop: [ALL]}\n"
            + "      seccompProfile: {type: Unconfined}\n";
    assertBreaks(
        unconfined, PssLevel.PRIVILEGED, AuditRule.PSS_SECCOMP, AuditRule.PSS_SECCOMP_REQUIRED);
    AuditReport report = RunnerAudit.of(java.util.List.of(Objects.pod(unconfined))).run();
    assertEquals(1, report.findings(AuditRule.PSS_SECCOMP).size());
    assertEquals(0, report.findings(AuditRule.PSS_SECCOMP_REQUIRED).size());
  }

  @Test
  void restrictedControls() {
    assertBreaks(
        container("") + "  volumes: [{name: n, nfs: {server: s, path: /x}}]\n",
        PssLevel.BASELINE,
        AuditRule.PSS_VOLUME_TYPES);
    assertBreaks(
        "  containers:\n"
            + "  - name: c\n"
            + "    image: i\n"
            + "    securityContext:\n"
            + "      runAsNonRoot: true\n"
            + "      seccompProfile: {type: RuntimeDefault}\n"
            + "      capabilities: {drop: [ALL]}\n",
        PssLevel.BASELINE,
        AuditRule.PSS_ALLOW_PRIVILEGE_ESCALATION);
    assertBreaks(
        "  containers:\n"
            + "  - name: c\n"
            + "    image: i\n"
            + "    securityContext:\n"
            + "      allowPrivilegeEscalation: false\n"
            + "      seccompProfile: {type: RuntimeDefault}\n"
            + "      capabilities: {drop: [ALL]}\n",
        PssLevel.BASELINE,
        AuditRule.PSS_RUN_AS_NON_ROOT);
    assertBreaks(
        container("      runAsUser: 0\n"), PssLevel.BASELINE, AuditRule.PSS_RUN_AS_USER_ROOT);
    assertBreaks(
        "  securityContext: {runAsUser: 0}\n" + container(""),
        PssLevel.BASELINE,
        AuditRule.PSS_RUN_AS_USER_ROOT);
    // a container's own non-zero user overrides the pod's root
    assertBreaks(
        "  securityContext: {runAsUser: 0}\n" + container("      runAsUser: 1000\n"),
        PssLevel.RESTRICTED);
  }

  @Test
  void initContainersCount() {
    assertBreaks(
        container("")
            + "  initContainers:\n"
            + "  - name: init\n"
            + "    image: i\n"
            + "    securityContext: {privileged: true}\n",
        PssLevel.PRIVILEGED,
        AuditRule.PSS_PRIVILEGED,
        AuditRule.PSS_ALLOW_PRIVILEGE_ESCALATION,
        AuditRule.PSS_RUN_AS_NON_ROOT,
        AuditRule.PSS_SECCOMP_REQUIRED,
        AuditRule.PSS_CAPABILITIES_RESTRICTED);
  }
}
