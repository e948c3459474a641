package ai.kubiya.runner.audit.internal;

import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import java.util.List;

/** RBAC's own matching of a request against a rule (wildcards, {@code *}/subresource). */
final class PolicyRules {
  private PolicyRules() {}

  static boolean verb(PolicyRule rule, String verb) {
    return contains(rule.getVerbs(), "*") || contains(rule.getVerbs(), verb);
  }

  static boolean group(PolicyRule rule, String group) {
    return contains(rule.getApiGroups(), "*") || contains(rule.getApiGroups(), group);
  }

  /** As the API server does: {@code *}, the exact resource, or {@code *}/subresource. */
  static boolean resource(PolicyRule rule, String resource) {
    List<String> resources = rule.getResources();
    if (resources == null) {
      return false;
    }
    int slash = resource.indexOf('/');
    String sub = slash < 0 ? null : resource.substring(slash + 1);
    for (String r : resources) {
      if (r.equals("*") || r.equals(resource)) {
        return true;
      }
      if (sub != null && r.equals("*/" + sub)) {
        return true;
      }
      if (resource.endsWith("/*") && r.startsWith(resource.substring(0, resource.length() - 1))) {
        return true;
      }
    }
    return false;
  }

  static boolean everything(PolicyRule rule) {
    return contains(rule.getApiGroups(), "*")
        && contains(rule.getResources(), "*")
        && contains(rule.getVerbs(), "*");
  }

  static boolean contains(List<String> list, String item) {
    return list != null && list.contains(item);
  }
}
