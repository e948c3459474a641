package ai.kubiya.runner.manifests.internal.components;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleRef;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.util.List;

/** Small factories for RBAC objects. */
final class Rbac {
  private static final String RBAC_GROUP = "rbac.authorization.k8s.io";

  private Rbac() {}

  static PolicyRule rule(List<String> apiGroups, List<String> resources, List<String> verbs) {
    PolicyRule rule = new PolicyRule();
    rule.setApiGroups(apiGroups);
    rule.setResources(resources);
    rule.setVerbs(verbs);
    return rule;
  }

  static PolicyRule nonResourceRule(List<String> urls, List<String> verbs) {
    PolicyRule rule = new PolicyRule();
    rule.setNonResourceURLs(urls);
    rule.setVerbs(verbs);
    return rule;
  }

  static Role role(ObjectMeta meta, List<PolicyRule> rules) {
    Role role = new Role();
    role.setMetadata(meta);
    role.setRules(rules);
    return role;
  }

  static ClusterRole clusterRole(ObjectMeta meta, List<PolicyRule> rules) {
    ClusterRole role = new ClusterRole();
    role.setMetadata(meta);
    role.setRules(rules);
    return role;
  }

  static RoleBinding roleBinding(
      ObjectMeta meta, String role, String serviceAccount, String namespace) {
    RoleBinding binding = new RoleBinding();
    binding.setMetadata(meta);
    binding.setRoleRef(new RoleRef(RBAC_GROUP, "Role", role));
    binding.setSubjects(List.of(serviceAccount(serviceAccount, namespace)));
    return binding;
  }

  static ClusterRoleBinding clusterRoleBinding(
      ObjectMeta meta, String clusterRole, String serviceAccount, String namespace) {
    ClusterRoleBinding binding = new ClusterRoleBinding();
    binding.setMetadata(meta);
    binding.setRoleRef(new RoleRef(RBAC_GROUP, "ClusterRole", clusterRole));
    binding.setSubjects(List.of(serviceAccount(serviceAccount, namespace)));
    return binding;
  }

  private static Subject serviceAccount(String name, String namespace) {
    Subject subject = new Subject();
    subject.setKind("ServiceAccount");
    subject.setName(name);
    subject.setNamespace(namespace);
    return subject;
  }
}
