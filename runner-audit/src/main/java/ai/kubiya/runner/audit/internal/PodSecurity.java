package ai.kubiya.runner.audit.internal;

import ai.kubiya.runner.audit.AuditRule;
import ai.kubiya.runner.audit.PssLevel;
import ai.kubiya.runner.audit.internal.ValueMap.Aspect;
import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SELinuxOptions;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Sysctl;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A pod template against the Kubernetes Pod Security Standards
 * (kubernetes.io/docs/concepts/security/pod-security-standards): every Baseline control
 * (HostProcess, host namespaces, privileged, capabilities, hostPath, host ports, AppArmor, SELinux,
 * /proc mount, seccomp, sysctls) and every Restricted one (volume types, privilege escalation,
 * running as non-root, non-root user, seccomp, capabilities). The level met is the most restrictive
 * whose controls all hold.
 */
public final class PodSecurity {
  /** One broken control: where (container or pod), what, and which value shapes it. */
  public record Violation(AuditRule rule, String container, String detail, Aspect aspect) {}

  /** The outcome for one pod template. */
  public record Evaluation(PssLevel level, List<Violation> violations, Set<AuditRule> broken) {}

  /** Capabilities Baseline allows adding (the container runtime's default set). */
  static final Set<String> BASELINE_CAPABILITIES =
      Set.of(
          "AUDIT_WRITE",
          "CHOWN",
          "DAC_OVERRIDE",
          "FOWNER",
          "FSETID",
          "KILL",
          "MKNOD",
          "NET_BIND_SERVICE",
          "SETFCAP",
          "SETGID",
          "SETPCAP",
          "SETUID",
          "SYS_CHROOT");

  /** sysctls Baseline allows: namespaced, and isolated from other pods on the node. */
  static final Set<String> SAFE_SYSCTLS =
      Set.of(
          "kernel.shm_rmid_forced",
          "net.ipv4.ip_local_port_range",
          "net.ipv4.ip_unprivileged_port_start",
          "net.ipv4.tcp_syncookies",
          "net.ipv4.ping_group_range",
          "net.ipv4.ip_local_reserved_ports",
          "net.ipv4.tcp_keepalive_time",
          "net.ipv4.tcp_fin_timeout",
          "net.ipv4.tcp_keepalive_intvl",
          "net.ipv4.tcp_keepalive_probes");

  /** SELinux types Baseline allows. */
  static final Set<String> SELINUX_TYPES =
      Set.of("container_t", "container_init_t", "container_kvm_t", "container_engine_t");

  private static final String APPARMOR_ANNOTATION =
      "container.apparmor.security.beta.kubernetes.io/";

  private final PodTemplates.Template template;
  private final PodSpec spec;
  private final PodSecurityContext pod;
  private final List<Violation> violations = new ArrayList<>();

  private PodSecurity(PodTemplates.Template template) {
    this.template = template;
    this.spec = template.spec();
    this.pod =
        spec.getSecurityContext() == null ? new PodSecurityContext() : spec.getSecurityContext();
  }

  /** Evaluates one pod template. */
  public static Evaluation evaluate(PodTemplates.Template template) {
    return new PodSecurity(template).run();
  }

  private Evaluation run() {
    baseline();
    restricted();
    Set<AuditRule> broken = EnumSet.noneOf(AuditRule.class);
    violations.forEach(v -> broken.add(v.rule()));
    if (hasDisallowedVolume()) {
      broken.add(AuditRule.PSS_VOLUME_TYPES); // a hostPath volume breaks Volume Types too
    }
    if (broken.contains(AuditRule.PSS_SECCOMP)) {
      broken.add(AuditRule.PSS_SECCOMP_REQUIRED); // Unconfined breaks Restricted's seccomp too
    }
    PssLevel level;
    if (broken.stream().anyMatch(r -> r.forbiddenFrom().orElseThrow() == PssLevel.BASELINE)) {
      level = PssLevel.PRIVILEGED;
    } else {
      level = broken.isEmpty() ? PssLevel.RESTRICTED : PssLevel.BASELINE;
    }
    return new Evaluation(level, List.copyOf(violations), broken);
  }

  // ---------------------------------------------------------------- Baseline

  private void baseline() {
    if (pod.getWindowsOptions() != null
        && Boolean.TRUE.equals(pod.getWindowsOptions().getHostProcess())) {
      podViolation(
          AuditRule.PSS_HOST_PROCESS,
          "pod runs as a Windows HostProcess",
          Aspect.POD_SECURITY_CONTEXT);
    }
    List<String> hostNamespaces = new ArrayList<>();
    if (Boolean.TRUE.equals(spec.getHostNetwork())) {
      hostNamespaces.add("hostNetwork");
    }
    if (Boolean.TRUE.equals(spec.getHostPID())) {
      hostNamespaces.add("hostPID");
    }
    if (Boolean.TRUE.equals(spec.getHostIPC())) {
      hostNamespaces.add("hostIPC");
    }
    if (!hostNamespaces.isEmpty()) {
      podViolation(
          AuditRule.PSS_HOST_NAMESPACES,
          "pod shares the node's namespaces (" + String.join(", ", hostNamespaces) + ")",
          Aspect.OBJECT);
    }
    for (Volume v : volumes()) {
      if (v.getHostPath() != null) {
        podViolation(
            AuditRule.PSS_HOST_PATH,
            "volume "
                + v.getName()
                + " mounts host path "
                + v.getHostPath().getPath()
                + " from the node",
            Aspect.OBJECT);
      }
    }
    podSeLinux(pod.getSeLinuxOptions());
    podSeccompBaseline();
    podAppArmor();
    if (pod.getSysctls() != null) {
      Set<String> unsafe = new TreeSet<>();
      for (Sysctl s : pod.getSysctls()) {
        if (!SAFE_SYSCTLS.contains(s.getName())) {
          unsafe.add(s.getName());
        }
      }
      if (!unsafe.isEmpty()) {
        podViolation(
            AuditRule.PSS_SYSCTLS,
            "pod sets unsafe sysctls " + unsafe,
            Aspect.POD_SECURITY_CONTEXT);
      }
    }
    for (Container c : template.allContainers()) {
      SecurityContext sc = c.getSecurityContext();
      if (sc != null) {
        containerBaseline(c, sc);
      }
      if (c.getPorts() != null) {
        for (ContainerPort p : c.getPorts()) {
          if (p.getHostPort() != null && p.getHostPort() != 0) {
            violation(
                AuditRule.PSS_HOST_PORTS,
                c,
                "binds host port " + p.getHostPort() + " on the node",
                Aspect.OBJECT);
          }
        }
      }
      String annotation = template.annotations().get(APPARMOR_ANNOTATION + c.getName());
      if (annotation != null
          && !annotation.equals("runtime/default")
          && !annotation.startsWith("localhost/")) {
        violation(
            AuditRule.PSS_APPARMOR,
            c,
            "AppArmor profile annotation is " + annotation,
            Aspect.OBJECT);
      }
    }
  }

  private void containerBaseline(Container c, SecurityContext sc) {
    if (sc.getWindowsOptions() != null
        && Boolean.TRUE.equals(sc.getWindowsOptions().getHostProcess())) {
      violation(
          AuditRule.PSS_HOST_PROCESS, c, "runs as a Windows HostProcess", Aspect.SECURITY_CONTEXT);
    }
    if (Boolean.TRUE.equals(sc.getPrivileged())) {
      violation(
          AuditRule.PSS_PRIVILEGED,
          c,
          "runs privileged: every capability and device of the node",
          Aspect.SECURITY_CONTEXT);
    }
    Capabilities caps = sc.getCapabilities();
    if (caps != null && caps.getAdd() != null) {
      Set<String> beyond = new TreeSet<>();
      for (String cap : caps.getAdd()) {
        if (!BASELINE_CAPABILITIES.contains(cap)) {
          beyond.add(cap);
        }
      }
      if (!beyond.isEmpty()) {
        violation(
            AuditRule.PSS_CAPABILITIES,
            c,
            "adds capabilities " + beyond + " beyond the runtime's default set",
            Aspect.SECURITY_CONTEXT);
      }
    }
    SELinuxOptions se = sc.getSeLinuxOptions();
    if (se != null && seLinuxBroken(se)) {
      violation(AuditRule.PSS_SELINUX, c, "sets custom SELinux options", Aspect.SECURITY_CONTEXT);
    }
    if (sc.getProcMount() != null && !sc.getProcMount().equals("Default")) {
      violation(
          AuditRule.PSS_PROC_MOUNT,
          c,
          "mounts /proc " + sc.getProcMount(),
          Aspect.SECURITY_CONTEXT);
    }
    if (sc.getSeccompProfile() != null && "Unconfined".equals(sc.getSeccompProfile().getType())) {
      violation(AuditRule.PSS_SECCOMP, c, "seccomp profile is Unconfined", Aspect.SECURITY_CONTEXT);
    }
    if (sc.getAppArmorProfile() != null && "Unconfined".equals(sc.getAppArmorProfile().getType())) {
      violation(
          AuditRule.PSS_APPARMOR, c, "AppArmor profile is Unconfined", Aspect.SECURITY_CONTEXT);
    }
  }

  private void podSeLinux(SELinuxOptions se) {
    if (se != null && seLinuxBroken(se)) {
      podViolation(
          AuditRule.PSS_SELINUX, "pod sets custom SELinux options", Aspect.POD_SECURITY_CONTEXT);
    }
  }

  private static boolean seLinuxBroken(SELinuxOptions se) {
    boolean badType =
        se.getType() != null && !se.getType().isEmpty() && !SELINUX_TYPES.contains(se.getType());
    boolean badUser = se.getUser() != null && !se.getUser().isEmpty();
    boolean badRole = se.getRole() != null && !se.getRole().isEmpty();
    return badType || badUser || badRole;
  }

  private void podSeccompBaseline() {
    if (pod.getSeccompProfile() != null && "Unconfined".equals(pod.getSeccompProfile().getType())) {
      podViolation(
          AuditRule.PSS_SECCOMP, "pod seccomp profile is Unconfined", Aspect.POD_SECURITY_CONTEXT);
    }
  }

  private void podAppArmor() {
    if (pod.getAppArmorProfile() != null
        && "Unconfined".equals(pod.getAppArmorProfile().getType())) {
      podViolation(
          AuditRule.PSS_APPARMOR,
          "pod AppArmor profile is Unconfined",
          Aspect.POD_SECURITY_CONTEXT);
    }
  }

  // ---------------------------------------------------------------- Restricted

  private static final Set<String> RESTRICTED_VOLUME_TYPES =
      Set.of(
          "configMap",
          "csi",
          "downwardAPI",
          "emptyDir",
          "ephemeral",
          "persistentVolumeClaim",
          "projected",
          "secret");

  private void restricted() {
    for (Volume v : volumes()) {
      String type = volumeType(v);
      if (type != null && !RESTRICTED_VOLUME_TYPES.contains(type) && !type.equals("hostPath")) {
        podViolation(
            AuditRule.PSS_VOLUME_TYPES,
            "volume " + v.getName() + " is of type " + type,
            Aspect.OBJECT);
      }
    }
    boolean podNonRoot = Boolean.TRUE.equals(pod.getRunAsNonRoot());
    boolean podRunsAsRoot = Long.valueOf(0).equals(pod.getRunAsUser());
    boolean anyContainerInheritsRootUser = false;
    for (Container c : template.allContainers()) {
      SecurityContext sc =
          c.getSecurityContext() == null ? new SecurityContext() : c.getSecurityContext();
      if (!Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) {
        violation(
            AuditRule.PSS_ALLOW_PRIVILEGE_ESCALATION,
            c,
            "allowPrivilegeEscalation is "
                + (sc.getAllowPrivilegeEscalation() == null ? "not set" : "true"),
            Aspect.SECURITY_CONTEXT);
      }
      Boolean nonRoot = sc.getRunAsNonRoot();
      if (Boolean.FALSE.equals(nonRoot) || (nonRoot == null && !podNonRoot)) {
        violation(
            AuditRule.PSS_RUN_AS_NON_ROOT,
            c,
            "runAsNonRoot is " + (nonRoot == null ? "not set" : "false") + " (container or pod)",
            Aspect.SECURITY_CONTEXT);
      }
      if (Long.valueOf(0).equals(sc.getRunAsUser())) {
        violation(
            AuditRule.PSS_RUN_AS_USER_ROOT, c, "runs as user 0 (root)", Aspect.SECURITY_CONTEXT);
      } else if (sc.getRunAsUser() == null && podRunsAsRoot) {
        anyContainerInheritsRootUser = true;
      }
      SeccompProfile seccomp =
          sc.getSeccompProfile() != null ? sc.getSeccompProfile() : pod.getSeccompProfile();
      // Unconfined is reported once, by the Baseline control
      if (!seccompSet(seccomp) && !(seccomp != null && "Unconfined".equals(seccomp.getType()))) {
        violation(
            AuditRule.PSS_SECCOMP_REQUIRED,
            c,
            "no RuntimeDefault or Localhost seccomp profile (container or pod)",
            Aspect.SECURITY_CONTEXT);
      }
      capabilitiesRestricted(c, sc.getCapabilities());
    }
    if (anyContainerInheritsRootUser) {
      podViolation(
          AuditRule.PSS_RUN_AS_USER_ROOT,
          "pod runs its containers as user 0 (root)",
          Aspect.POD_SECURITY_CONTEXT);
    }
  }

  private void capabilitiesRestricted(Container c, Capabilities caps) {
    boolean dropsAll = caps != null && caps.getDrop() != null && caps.getDrop().contains("ALL");
    Set<String> extra = new TreeSet<>();
    if (caps != null && caps.getAdd() != null) {
      for (String cap : caps.getAdd()) {
        if (!cap.equals("NET_BIND_SERVICE") && BASELINE_CAPABILITIES.contains(cap)) {
          extra.add(cap); // beyond-Baseline ones are reported by pss-capabilities already
        }
      }
    }
    if (!dropsAll || !extra.isEmpty()) {
      String detail = !dropsAll ? "does not drop ALL capabilities" : "";
      if (!extra.isEmpty()) {
        detail += (detail.isEmpty() ? "" : " and ") + "adds " + extra;
      }
      violation(AuditRule.PSS_CAPABILITIES_RESTRICTED, c, detail, Aspect.SECURITY_CONTEXT);
    }
  }

  private boolean hasDisallowedVolume() {
    for (Volume v : volumes()) {
      String type = volumeType(v);
      if (type != null && !RESTRICTED_VOLUME_TYPES.contains(type)) {
        return true;
      }
    }
    return false;
  }

  private static boolean seccompSet(SeccompProfile p) {
    return p != null && ("RuntimeDefault".equals(p.getType()) || "Localhost".equals(p.getType()));
  }

  private List<Volume> volumes() {
    return spec.getVolumes() == null ? List.of() : spec.getVolumes();
  }

  /** The volume's source type, as its field is named ({@code hostPath}); null if none is set. */
  static String volumeType(Volume v) {
    Map<String, Object> sources = new java.util.LinkedHashMap<>();
    sources.put("hostPath", v.getHostPath());
    sources.put("configMap", v.getConfigMap());
    sources.put("csi", v.getCsi());
    sources.put("downwardAPI", v.getDownwardAPI());
    sources.put("emptyDir", v.getEmptyDir());
    sources.put("ephemeral", v.getEphemeral());
    sources.put("persistentVolumeClaim", v.getPersistentVolumeClaim());
    sources.put("projected", v.getProjected());
    sources.put("secret", v.getSecret());
    sources.put("gcePersistentDisk", v.getGcePersistentDisk());
    sources.put("awsElasticBlockStore", v.getAwsElasticBlockStore());
    sources.put("gitRepo", v.getGitRepo());
    sources.put("nfs", v.getNfs());
    sources.put("iscsi", v.getIscsi());
    sources.put("glusterfs", v.getGlusterfs());
    sources.put("rbd", v.getRbd());
    sources.put("flexVolume", v.getFlexVolume());
    sources.put("cinder", v.getCinder());
    sources.put("cephfs", v.getCephfs());
    sources.put("flocker", v.getFlocker());
    sources.put("fc", v.getFc());
    sources.put("azureFile", v.getAzureFile());
    sources.put("azureDisk", v.getAzureDisk());
    sources.put("vsphereVolume", v.getVsphereVolume());
    sources.put("quobyte", v.getQuobyte());
    sources.put("portworxVolume", v.getPortworxVolume());
    sources.put("scaleIO", v.getScaleIO());
    sources.put("storageos", v.getStorageos());
    sources.put("photonPersistentDisk", v.getPhotonPersistentDisk());
    sources.put("image", v.getImage());
    for (Map.Entry<String, Object> e : sources.entrySet()) {
      if (e.getValue() != null) {
        return e.getKey();
      }
    }
    return v.getAdditionalProperties() == null || v.getAdditionalProperties().isEmpty()
        ? null
        : v.getAdditionalProperties().keySet().iterator().next();
  }

  private void violation(AuditRule rule, Container c, String detail, Aspect aspect) {
    violations.add(new Violation(rule, c.getName(), detail, aspect));
  }

  private void podViolation(AuditRule rule, String detail, Aspect aspect) {
    violations.add(new Violation(rule, null, detail, aspect));
  }
}
