package ai.kubiya.runner.audit;

import java.util.Optional;

/**
 * Every check the audit makes, with a stable id ({@code rbac-cluster-admin}), its usual severity (a
 * finding may be raised above it, see {@link Finding#severity()}), a title and a short help text.
 * Pod Security Standards controls also name the level that forbids them.
 */
public enum AuditRule {
  // RBAC reach of ServiceAccounts
  /** {@code *} verbs on {@code *} resources in {@code *} API groups, cluster-wide. */
  RBAC_CLUSTER_ADMIN(
      "rbac-cluster-admin",
      Severity.CRITICAL,
      Category.RBAC,
      "Cluster-admin equivalent",
      "The subject may do anything to any object in the cluster: read every Secret, run privileged"
          + " pods on any node, rewrite RBAC. Bind it to a narrower role."),
  /** {@code *} verbs on {@code *} resources in {@code *} API groups in one namespace. */
  RBAC_NAMESPACE_ADMIN(
      "rbac-namespace-admin",
      Severity.HIGH,
      Category.RBAC,
      "Namespace-admin equivalent",
      "The subject may do anything in the namespace: read its Secrets, exec into and create pods"
          + " as any of its ServiceAccounts, rewrite its RBAC."),
  /** A wildcard in verbs, resources or API groups (short of full admin). */
  RBAC_WILDCARD(
      "rbac-wildcard",
      Severity.MEDIUM,
      Category.RBAC,
      "Wildcard permission",
      "A wildcard grants every current and future verb, resource or API group, including ones"
          + " added later by CRDs. List what is needed instead."),
  /** get, list or watch of Secrets. */
  RBAC_SECRETS_READ(
      "rbac-secrets-read",
      Severity.HIGH,
      Category.RBAC,
      "Reads Secrets",
      "get, list or watch on Secrets returns their data: credentials, tokens and keys of every"
          + " workload in scope."),
  /** bind or escalate on RBAC roles. */
  RBAC_ESCALATE(
      "rbac-escalate",
      Severity.CRITICAL,
      Category.RBAC,
      "Can escalate through RBAC",
      "bind or escalate on (Cluster)Roles bypasses RBAC's escalation check: the subject can grant"
          + " itself any role, up to cluster-admin in its scope."),
  /** create, update, patch or delete of (Cluster)Roles and bindings. */
  RBAC_WRITE(
      "rbac-write",
      Severity.HIGH,
      Category.RBAC,
      "Writes RBAC objects",
      "Writing (Cluster)Roles and bindings lets the subject hand out every permission it holds"
          + " and delete the bindings others rely on."),
  /** impersonate on users, groups or ServiceAccounts. */
  RBAC_IMPERSONATE(
      "rbac-impersonate",
      Severity.CRITICAL,
      Category.RBAC,
      "Can impersonate",
      "impersonate lets the subject act as other users, groups or ServiceAccounts with all of"
          + " their permissions."),
  /** create or get on pods/exec or pods/attach. */
  RBAC_PODS_EXEC(
      "rbac-pods-exec",
      Severity.HIGH,
      Category.RBAC,
      "Can exec into pods",
      "pods/exec and pods/attach run commands in other pods, with their ServiceAccount tokens"
          + " and mounted Secrets."),
  /** get or create on nodes/proxy. */
  RBAC_NODES_PROXY(
      "rbac-nodes-proxy",
      Severity.HIGH,
      Category.RBAC,
      "Reaches the kubelet API",
      "nodes/proxy reaches every kubelet's API, which can run commands in any pod on the node"
          + " and bypasses API-server audit logging."),
  /** create of pods or pod-creating workloads. */
  RBAC_WORKLOAD_CREATE(
      "rbac-workload-create",
      Severity.MEDIUM,
      Category.RBAC,
      "Creates pods or workloads",
      "Whoever creates pods can run them as any ServiceAccount of the namespace and so holds"
          + " the permissions of all of them."),
  /** create on serviceaccounts/token. */
  RBAC_SERVICEACCOUNT_TOKEN(
      "rbac-serviceaccount-token",
      Severity.HIGH,
      Category.RBAC,
      "Mints ServiceAccount tokens",
      "create on serviceaccounts/token issues tokens for any ServiceAccount in scope, with all of"
          + " its permissions."),
  /** create, update, patch or delete of PersistentVolumes. */
  RBAC_PERSISTENTVOLUME_WRITE(
      "rbac-persistentvolume-write",
      Severity.HIGH,
      Category.RBAC,
      "Writes PersistentVolumes",
      "PersistentVolumes are cluster-wide: a hostPath volume exposes any node directory to pods"
          + " that claim it; deleting one destroys another tenant's data."),
  /** A binding to a ServiceAccount the audited objects do not create. */
  RBAC_DANGLING_SUBJECT(
      "rbac-dangling-subject",
      Severity.MEDIUM,
      Category.RBAC,
      "Binding to a missing ServiceAccount",
      "The binding grants permissions to a ServiceAccount the release does not create: whoever"
          + " creates one with that name later receives them."),
  /** A binding whose role is not among the audited objects. */
  RBAC_UNRESOLVED_ROLE(
      "rbac-unresolved-role",
      Severity.INFO,
      Category.RBAC,
      "Role not audited",
      "The binding refers to a role that is not among the audited objects; its rules were not"
          + " evaluated."),
  /** A ClusterRole with an aggregationRule. */
  RBAC_AGGREGATED_ROLE(
      "rbac-aggregated-role",
      Severity.INFO,
      Category.RBAC,
      "Aggregated ClusterRole",
      "The ClusterRole's rules are filled in by the cluster from labelled ClusterRoles; only its"
          + " own rules were evaluated."),

  // Pod Security Standards, Baseline controls
  /** Windows HostProcess containers. */
  PSS_HOST_PROCESS(
      "pss-host-process",
      Severity.CRITICAL,
      Category.POD_SECURITY,
      PssLevel.BASELINE,
      "Windows HostProcess",
      "HostProcess containers have privileged access to the Windows node."),
  /** hostNetwork, hostPID or hostIPC. */
  PSS_HOST_NAMESPACES(
      "pss-host-namespaces",
      Severity.HIGH,
      Category.POD_SECURITY,
      PssLevel.BASELINE,
      "Host namespaces",
      "Sharing the node's network, PID or IPC namespace exposes the node's processes and traffic."),
  /** Privileged containers. */
  PSS_PRIVILEGED(
      "pss-privileged",
      Severity.CRITICAL,
      Category.POD_SECURITY,
      PssLevel.BASELINE,
      "Privileged container",
      "A privileged container has every capability and every device of the node: escaping to"
          + " node root is trivial."),
  /** Capabilities added beyond the Baseline set. */
  PSS_CAPABILITIES(
      "pss-capabilities",
      Severity.HIGH,
      Category.POD_SECURITY,
      PssLevel.BASELINE,
      "Added capabilities",
      "Capabilities beyond the container runtime's default set (SYS_ADMIN, NET_ADMIN, ALL, ...)"
          + " open known container escapes."),
  /** hostPath volumes. */
  PSS_HOST_PATH(
      "pss-host-path",
      Severity.HIGH,
      Category.POD_SECURITY,
      PssLevel.BASELINE,
      "hostPath volume",
      "A hostPath volume reads and writes the node's filesystem, outside any isolation."),
  /** hostPort on a container port. */
  PSS_HOST_PORTS(
      "pss-host-ports",
      Severity.MEDIUM,
      Category.POD_SECURITY,
      PssLevel.BASELINE,
      "Host port",
      "A hostPort binds a port on the node's own network interfaces, bypassing network policy."),
  /** An AppArmor profile other than the runtime default or a local one. */
  PSS_APPARMOR(
      "pss-apparmor",
      Severity.MEDIUM,
      Category.POD_SECURITY,
      PssLevel.BASELINE,
      "AppArmor disabled",
      "Overriding the runtime's AppArmor profile with unconfined removes a kernel confinement."),
  /** Custom SELinux type, user or role. */
  PSS_SELINUX(
      "pss-selinux",
      Severity.MEDIUM,
      Category.POD_SECURITY,
      PssLevel.BASELINE,
      "Custom SELinux options",
      "A custom SELinux user, role or non-container type can lift the container's confinement."),
  /** A procMount other than Default. */
  PSS_PROC_MOUNT(
      "pss-proc-mount",
      Severity.MEDIUM,
      Category.POD_SECURITY,
      PssLevel.BASELINE,
      "Unmasked /proc",
      "An Unmasked /proc exposes kernel interfaces the runtime normally hides."),
  /** seccomp explicitly Unconfined. */
  PSS_SECCOMP(
      "pss-seccomp",
      Severity.MEDIUM,
      Category.POD_SECURITY,
      PssLevel.BASELINE,
      "seccomp Unconfined",
      "An Unconfined seccomp profile allows every system call, including known escape paths."),
  /** sysctls outside the safe set. */
  PSS_SYSCTLS(
      "pss-sysctls",
      Severity.MEDIUM,
      Category.POD_SECURITY,
      PssLevel.BASELINE,
      "Unsafe sysctls",
      "sysctls outside the namespaced safe set change the node's kernel for every pod on it."),

  // Pod Security Standards, Restricted controls
  /** Volume types other than the Restricted list. */
  PSS_VOLUME_TYPES(
      "pss-volume-types",
      Severity.MEDIUM,
      Category.POD_SECURITY,
      PssLevel.RESTRICTED,
      "Volume type not allowed",
      "Restricted allows only configMap, csi, downwardAPI, emptyDir, ephemeral,"
          + " persistentVolumeClaim, projected and secret volumes."),
  /** allowPrivilegeEscalation not set to false. */
  PSS_ALLOW_PRIVILEGE_ESCALATION(
      "pss-allow-privilege-escalation",
      Severity.MEDIUM,
      Category.POD_SECURITY,
      PssLevel.RESTRICTED,
      "Privilege escalation allowed",
      "Without allowPrivilegeEscalation: false, setuid binaries in the image can gain privileges."),
  /** runAsNonRoot not true. */
  PSS_RUN_AS_NON_ROOT(
      "pss-run-as-non-root",
      Severity.MEDIUM,
      Category.POD_SECURITY,
      PssLevel.RESTRICTED,
      "May run as root",
      "Without runAsNonRoot: true the container runs as whatever user the image says, often root."),
  /** runAsUser 0. */
  PSS_RUN_AS_USER_ROOT(
      "pss-run-as-user-root",
      Severity.HIGH,
      Category.POD_SECURITY,
      PssLevel.RESTRICTED,
      "Runs as root",
      "runAsUser: 0 runs the container as root: any escape lands as root on the node."),
  /** seccomp not set to RuntimeDefault or Localhost. */
  PSS_SECCOMP_REQUIRED(
      "pss-seccomp-required",
      Severity.LOW,
      Category.POD_SECURITY,
      PssLevel.RESTRICTED,
      "No seccomp profile",
      "Restricted requires a RuntimeDefault or Localhost seccomp profile to filter system calls."),
  /** Capabilities not dropped (ALL) or added beyond NET_BIND_SERVICE. */
  PSS_CAPABILITIES_RESTRICTED(
      "pss-capabilities-restricted",
      Severity.LOW,
      Category.POD_SECURITY,
      PssLevel.RESTRICTED,
      "Capabilities not dropped",
      "Restricted requires drop: [ALL] and allows adding only NET_BIND_SERVICE."),

  // Workload hygiene
  /** Missing CPU or memory requests. */
  RESOURCES_REQUESTS(
      "resources-requests",
      Severity.LOW,
      Category.WORKLOAD,
      "No resource requests",
      "Without requests the scheduler cannot place the pod fairly and it is evicted first."),
  /** Missing CPU or memory limits. */
  RESOURCES_LIMITS(
      "resources-limits",
      Severity.MEDIUM,
      Category.WORKLOAD,
      "No resource limits",
      "Without limits one container can exhaust its node's CPU or memory for every other pod."),
  /** An image without tag or with {@code latest}. */
  IMAGE_MUTABLE_TAG(
      "image-mutable-tag",
      Severity.MEDIUM,
      Category.WORKLOAD,
      "Mutable image tag",
      "latest (or no tag) changes under the runner: what runs is not what was approved."),
  /** An image referenced by tag without digest. */
  IMAGE_NO_DIGEST(
      "image-no-digest",
      Severity.LOW,
      Category.WORKLOAD,
      "Image without digest",
      "A tag can be moved to other content; only a digest (@sha256:...) pins what runs."),
  /** The pod mounts its ServiceAccount's API token. */
  AUTOMOUNT_SERVICE_ACCOUNT_TOKEN(
      "automount-service-account-token",
      Severity.LOW,
      Category.WORKLOAD,
      "ServiceAccount token mounted",
      "The pod carries an API token: whoever compromises a container holds its RBAC reach."),
  /** A credential-like environment variable with a literal value. */
  ENV_PLAIN_SECRET(
      "env-plain-secret",
      Severity.HIGH,
      Category.WORKLOAD,
      "Secret in a plain env value",
      "A literal env value is stored in the workload's spec, readable by anyone who can get it;"
          + " use valueFrom.secretKeyRef.");

  /** What a rule looks at. */
  public enum Category {
    /** Roles, bindings and what ServiceAccounts may do. */
    RBAC,
    /** Kubernetes Pod Security Standards controls. */
    POD_SECURITY,
    /** Resources, images, tokens and env. */
    WORKLOAD
  }

  private final String id;
  private final Severity severity;
  private final Category category;
  private final PssLevel pssLevel;
  private final String title;
  private final String help;

  AuditRule(String id, Severity severity, Category category, String title, String help) {
    this(id, severity, category, null, title, help);
  }

  AuditRule(
      String id,
      Severity severity,
      Category category,
      PssLevel pssLevel,
      String title,
      String help) {
    this.id = id;
    this.severity = severity;
    this.category = category;
    this.pssLevel = pssLevel;
    this.title = title;
    this.help = help;
  }

  /** The stable id, as in reports: {@code rbac-cluster-admin}. */
  public String id() {
    return id;
  }

  /** The severity a finding of this rule has unless its context makes it worse. */
  public Severity defaultSeverity() {
    return severity;
  }

  /** What the rule looks at. */
  public Category category() {
    return category;
  }

  /** For Pod Security Standards controls, the lowest level that forbids what this rule finds. */
  public Optional<PssLevel> forbiddenFrom() {
    return Optional.ofNullable(pssLevel);
  }

  /** A few words naming the rule. */
  public String title() {
    return title;
  }

  /** Why it matters and what to do, in one or two sentences. */
  public String help() {
    return help;
  }

  /** The rule with this id. */
  public static Optional<AuditRule> byId(String id) {
    for (AuditRule r : values()) {
      if (r.id.equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
