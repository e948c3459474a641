package ai.kubiya.runner.audit.internal;

import ai.kubiya.runner.audit.AuditRule;
import ai.kubiya.runner.audit.Finding;
import ai.kubiya.runner.audit.Grant;
import ai.kubiya.runner.audit.ServiceAccountReach;
import ai.kubiya.runner.audit.Severity;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleRef;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The RBAC reach of every subject of the audited bindings and its findings. Roles are resolved
 * among the audited objects only (plus the built-in {@code cluster-admin}); a RoleBinding to a
 * ClusterRole grants its rules in the binding's namespace, a ClusterRoleBinding cluster-wide.
 * Aggregation rules are not expanded.
 */
public final class RbacAnalyzer {
  private static final String CLUSTER_ADMIN = "cluster-admin";

  /** One rule held by a subject, with where it came from. */
  record Held(
      String subject,
      String namespace,
      HasMetadata role,
      String roleRef,
      String bindingRef,
      PolicyRule rule) {
    boolean clusterWide() {
      return namespace == null;
    }

    String where() {
      return clusterWide() ? "cluster-wide" : "in namespace " + namespace;
    }
  }

  private final String defaultNamespace;
  private final Map<String, HasMetadata> roles = new HashMap<>();
  private final Set<String> serviceAccounts = new HashSet<>();
  private final List<HasMetadata> bindings = new ArrayList<>();
  private final Map<String, List<Held>> held = new LinkedHashMap<>();
  private final List<Finding> findings = new ArrayList<>();

  /** The namespace of each namespace-scoped RBAC finding (by identity). */
  private final Map<Finding, String> scopeOf = new IdentityHashMap<>();

  private RbacAnalyzer(List<HasMetadata> objects, String defaultNamespace) {
    this.defaultNamespace = defaultNamespace;
    for (HasMetadata o : objects) {
      if (o instanceof Role || o instanceof ClusterRole) {
        roles.put(ObjectRefs.ref(o, defaultNamespace), o);
      } else if (o instanceof RoleBinding || o instanceof ClusterRoleBinding) {
        bindings.add(o);
      } else if (o instanceof ServiceAccount) {
        serviceAccounts.add(ObjectRefs.ref(o, defaultNamespace));
      }
    }
  }

  /** The outcome: findings and each subject's reach. */
  public record Result(List<Finding> findings, List<ServiceAccountReach> reach) {}

  /** Analyses the RBAC objects among {@code objects}. */
  public static Result analyse(List<HasMetadata> objects, String defaultNamespace) {
    return new RbacAnalyzer(objects, defaultNamespace).run();
  }

  private Result run() {
    for (HasMetadata role : roles.values()) {
      if (role instanceof ClusterRole cr && cr.getAggregationRule() != null) {
        findings.add(
            Finding.builder()
                .rule(AuditRule.RBAC_AGGREGATED_ROLE)
                .severity(Severity.INFO)
                .object(ObjectRefs.ref(role, defaultNamespace))
                .message(
                    "aggregates the rules of labelled ClusterRoles, which the cluster fills in;"
                        + " only its own rules were evaluated")
                .value(ValueMap.forObject(role))
                .build());
      }
    }
    bindings.forEach(this::bind);
    List<ServiceAccountReach> reach = new ArrayList<>();
    for (Map.Entry<String, List<Held>> e : held.entrySet()) {
      reach.add(reach(e.getKey(), e.getValue()));
      analyseSubject(e.getKey(), e.getValue());
    }
    pivot();
    return new Result(List.copyOf(findings), List.copyOf(reach));
  }

  private void bind(HasMetadata binding) {
    String bindingRef = ObjectRefs.ref(binding, defaultNamespace);
    boolean cluster = binding instanceof ClusterRoleBinding;
    String namespace = cluster ? null : ObjectRefs.namespace(binding, defaultNamespace);
    RoleRef ref =
        cluster
            ? ((ClusterRoleBinding) binding).getRoleRef()
            : ((RoleBinding) binding).getRoleRef();
    List<Subject> subjects =
        cluster
            ? ((ClusterRoleBinding) binding).getSubjects()
            : ((RoleBinding) binding).getSubjects();
    if (ref == null || subjects == null) {
      return;
    }
    String roleRef =
        "Role".equals(ref.getKind())
            ? ObjectRefs.ref("Role", namespace, ref.getName())
            : ObjectRefs.ref("ClusterRole", "", ref.getName());
    HasMetadata role = roles.get(roleRef);
    List<PolicyRule> rules;
    if (role instanceof Role r) {
      rules = r.getRules();
    } else if (role instanceof ClusterRole cr) {
      rules = cr.getRules();
    } else if ("ClusterRole".equals(ref.getKind()) && CLUSTER_ADMIN.equals(ref.getName())) {
      PolicyRule all = new PolicyRule();
      all.setApiGroups(List.of("*"));
      all.setResources(List.of("*"));
      all.setVerbs(List.of("*"));
      rules = List.of(all);
    } else {
      findings.add(
          Finding.builder()
              .rule(AuditRule.RBAC_UNRESOLVED_ROLE)
              .severity(Severity.INFO)
              .object(bindingRef)
              .message(
                  "refers to "
                      + roleRef
                      + ", which is not among the audited objects; what it"
                      + " grants was not evaluated")
              .value(ValueMap.forObject(binding))
              .build());
      return;
    }
    for (Subject s : subjects) {
      String subject = subject(s, namespace);
      if ("ServiceAccount".equals(s.getKind())
          && !serviceAccounts.isEmpty()
          && !serviceAccounts.contains(subject)) {
        findings.add(
            Finding.builder()
                .rule(AuditRule.RBAC_DANGLING_SUBJECT)
                .severity(AuditRule.RBAC_DANGLING_SUBJECT.defaultSeverity())
                .object(bindingRef)
                .subject(subject)
                .message(
                    "grants "
                        + roleRef
                        + " to a ServiceAccount the release does not create:"
                        + " whoever creates it later holds the role")
                .value(ValueMap.forObject(binding))
                .build());
      }
      List<Held> list = held.computeIfAbsent(subject, k -> new ArrayList<>());
      for (PolicyRule rule : rules == null ? List.<PolicyRule>of() : rules) {
        list.add(new Held(subject, namespace, role, roleRef, bindingRef, rule));
      }
    }
  }

  private String subject(Subject s, String bindingNamespace) {
    if ("ServiceAccount".equals(s.getKind())) {
      String ns =
          s.getNamespace() != null && !s.getNamespace().isEmpty()
              ? s.getNamespace()
              : bindingNamespace != null ? bindingNamespace : defaultNamespace;
      return "ServiceAccount/" + ns + "/" + s.getName();
    }
    return s.getKind() + "/" + s.getName();
  }

  private static ServiceAccountReach reach(String subject, List<Held> list) {
    var builder = ServiceAccountReach.builder().subject(subject);
    for (Held h : list) {
      PolicyRule r = h.rule();
      builder.addGrant(
          Grant.builder()
              .namespace(Optional.ofNullable(h.namespace()))
              .role(h.roleRef())
              .binding(h.bindingRef())
              .apiGroups(orEmpty(r.getApiGroups()))
              .resources(orEmpty(r.getResources()))
              .verbs(orEmpty(r.getVerbs()))
              .resourceNames(orEmpty(r.getResourceNames()))
              .nonResourceUrls(orEmpty(r.getNonResourceURLs()))
              .build());
    }
    return builder.build();
  }

  private static List<String> orEmpty(List<String> l) {
    return l == null ? List.of() : l;
  }

  // ------------------------------------------------------------------ per subject

  private void analyseSubject(String subject, List<Held> list) {
    Set<String> adminScopes = new HashSet<>(); // "" for cluster-wide
    Set<String> reported = new HashSet<>();
    for (Held h : list) {
      if (h.rule().getNonResourceURLs() != null && h.rule().getResources() == null) {
        continue;
      }
      if (PolicyRules.everything(h.rule())) {
        String key = h.roleRef() + "|" + h.bindingRef();
        adminScopes.add(h.clusterWide() ? "" : h.namespace());
        if (reported.add("admin|" + key)) {
          boolean cluster = h.clusterWide();
          findings.add(
              rbac(
                  h,
                  cluster ? AuditRule.RBAC_CLUSTER_ADMIN : AuditRule.RBAC_NAMESPACE_ADMIN,
                  cluster ? Severity.CRITICAL : Severity.HIGH,
                  "may do anything to any object "
                      + h.where()
                      + " (* on * in every API group, "
                      + h.roleRef()
                      + " via "
                      + h.bindingRef()
                      + ")"));
        }
      }
    }
    if (adminScopes.contains("")) {
      return; // everything else is implied
    }
    for (Held h : list) {
      if (adminScopes.contains(h.clusterWide() ? "" : h.namespace())) {
        continue;
      }
      wildcard(h);
    }
    for (Capability cap : Capability.values()) {
      Map<String, Set<String>> verbsByGrant = new LinkedHashMap<>();
      Map<String, Set<String>> resourcesByGrant = new LinkedHashMap<>();
      Map<String, Held> firstByGrant = new LinkedHashMap<>();
      Map<String, Set<String>> namesByGrant = new LinkedHashMap<>();
      for (Held h : list) {
        if (adminScopes.contains(h.clusterWide() ? "" : h.namespace())) {
          continue;
        }
        if (!h.clusterWide() && cap.namespaceSeverity == null) {
          continue;
        }
        Set<String> verbs = new TreeSet<>();
        Set<String> resources = new LinkedHashSet<>();
        for (Capability.On on : cap.targets) {
          if (!PolicyRules.group(h.rule(), on.group())) {
            continue;
          }
          for (String res : on.resources()) {
            if (!PolicyRules.resource(h.rule(), res)) {
              continue;
            }
            for (String verb : cap.verbs) {
              if (PolicyRules.verb(h.rule(), verb)) {
                verbs.add(verb);
                resources.add(res);
              }
            }
          }
        }
        if (verbs.isEmpty()) {
          continue;
        }
        String value = h.role() == null ? "" : ValueMap.forRule(h.role(), h.rule()).orElse("");
        String key = h.roleRef() + "|" + h.bindingRef() + "|" + h.namespace() + "|" + value;
        firstByGrant.putIfAbsent(key, h);
        verbsByGrant.computeIfAbsent(key, k -> new TreeSet<>()).addAll(verbs);
        resourcesByGrant.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(resources);
        if (h.rule().getResourceNames() != null && !h.rule().getResourceNames().isEmpty()) {
          namesByGrant
              .computeIfAbsent(key, k -> new TreeSet<>())
              .addAll(h.rule().getResourceNames());
        }
      }
      for (Map.Entry<String, Held> e : firstByGrant.entrySet()) {
        Held h = e.getValue();
        Severity severity = h.clusterWide() ? cap.clusterSeverity : cap.namespaceSeverity;
        String names =
            namesByGrant.containsKey(e.getKey())
                ? " (only objects named " + String.join(", ", namesByGrant.get(e.getKey())) + ")"
                : "";
        findings.add(
            rbac(
                h,
                cap.rule,
                severity,
                "may "
                    + String.join(", ", verbsByGrant.get(e.getKey()))
                    + " "
                    + String.join(", ", resourcesByGrant.get(e.getKey()))
                    + names
                    + " "
                    + h.where()
                    + " via "
                    + h.bindingRef()
                    + ": "
                    + cap.gives));
      }
    }
  }

  private void wildcard(Held h) {
    PolicyRule r = h.rule();
    List<String> wild = new ArrayList<>();
    if (PolicyRules.contains(r.getVerbs(), "*")) {
      wild.add("verbs");
    }
    if (PolicyRules.contains(r.getResources(), "*")) {
      wild.add("resources");
    }
    if (PolicyRules.contains(r.getApiGroups(), "*")) {
      wild.add("apiGroups");
    }
    if (wild.isEmpty()) {
      return;
    }
    String detail =
        "verbs "
            + r.getVerbs()
            + " on resources "
            + r.getResources()
            + " of apiGroups "
            + r.getApiGroups();
    findings.add(
        rbac(
            h,
            AuditRule.RBAC_WILDCARD,
            h.clusterWide() ? Severity.HIGH : Severity.MEDIUM,
            "holds a wildcard in "
                + String.join(" and ", wild)
                + " "
                + h.where()
                + " ("
                + detail
                + "): it grows with every new resource"));
  }

  private Finding rbac(Held h, AuditRule rule, Severity severity, String message) {
    Finding f =
        Finding.builder()
            .rule(rule)
            .severity(severity)
            .object(h.roleRef())
            .subject(h.subject())
            .message(message)
            .value(h.role() == null ? Optional.empty() : ValueMap.forRule(h.role(), h.rule()))
            .build();
    if (!h.clusterWide()) {
      scopeOf.put(f, h.namespace());
    }
    return f;
  }

  // ------------------------------------------------------------------ pivots

  private static final Set<AuditRule> PIVOTS =
      Set.of(
          AuditRule.RBAC_NAMESPACE_ADMIN,
          AuditRule.RBAC_WORKLOAD_CREATE,
          AuditRule.RBAC_SERVICEACCOUNT_TOKEN,
          AuditRule.RBAC_PODS_EXEC);

  /**
   * Whoever runs pods, execs into them or mints tokens in a namespace acts as every ServiceAccount
   * of that namespace: such a finding is as bad as the worst finding of those ServiceAccounts.
   */
  private void pivot() {
    List<Finding> result = new ArrayList<>();
    for (Finding f : findings) {
      Finding raised = f;
      String namespace = pivotNamespace(f);
      if (namespace != null) {
        Finding worst = null;
        for (Finding other : findings) {
          String otherSubject = other.subject().orElse("");
          if (other.rule().category() != AuditRule.Category.RBAC
              || otherSubject.equals(f.subject().orElse(""))
              || !otherSubject.startsWith("ServiceAccount/" + namespace + "/")) {
            continue;
          }
          if (worst == null || other.severity().ordinal() < worst.severity().ordinal()) {
            worst = other;
          }
        }
        if (worst != null && worst.severity().ordinal() < f.severity().ordinal()) {
          raised =
              Finding.builder()
                  .from(f)
                  .severity(worst.severity())
                  .message(
                      f.message()
                          + "; so it can act as "
                          + worst.subject().orElseThrow()
                          + ", which is "
                          + worst.rule().id())
                  .build();
        }
      }
      result.add(raised);
    }
    findings.clear();
    findings.addAll(result);
  }

  private String pivotNamespace(Finding f) {
    return PIVOTS.contains(f.rule()) ? scopeOf.get(f) : null;
  }
}
