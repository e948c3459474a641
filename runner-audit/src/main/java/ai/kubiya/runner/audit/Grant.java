package ai.kubiya.runner.audit;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One RBAC rule a subject holds, where, and through which role and binding. */
@Value.Immutable
public abstract class Grant {
  /** The namespace it applies in; empty when it applies cluster-wide (a ClusterRoleBinding). */
  public abstract Optional<String> namespace();

  /** The role holding the rule: {@code Role/ns/name} or {@code ClusterRole/name}. */
  public abstract String role();

  /** The binding that grants it: {@code RoleBinding/ns/name} or {@code ClusterRoleBinding/name}. */
  public abstract String binding();

  /** The rule's API groups ({@code ""} is the core group). */
  public abstract List<String> apiGroups();

  /** The rule's resources, {@code resource/subresource} for subresources. */
  public abstract List<String> resources();

  /** The rule's verbs. */
  public abstract List<String> verbs();

  /** When not empty, the rule applies to objects of these names only. */
  public abstract List<String> resourceNames();

  /** Non-resource URLs ({@code /metrics}), for cluster-wide grants. */
  public abstract List<String> nonResourceUrls();

  /** True when it applies cluster-wide. */
  public boolean clusterWide() {
    return namespace().isEmpty();
  }

  /** A builder. */
  public static ImmutableGrant.Builder builder() {
    return ImmutableGrant.builder();
  }
}
