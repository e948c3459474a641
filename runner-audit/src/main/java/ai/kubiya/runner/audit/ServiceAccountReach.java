package ai.kubiya.runner.audit;

import java.util.List;
import org.immutables.value.Value;

/**
 * A subject's effective permissions: every rule of every role bound to it, with the scope each
 * applies in. Built from the audited Roles, ClusterRoles and bindings only: aggregated ClusterRoles
 * contribute their own rules, roles that are not among the objects contribute nothing (the audit
 * reports both).
 */
@Value.Immutable
public abstract class ServiceAccountReach {
  /**
   * The subject: {@code ServiceAccount/namespace/name} (or {@code User/name}, {@code Group/name}).
   */
  public abstract String subject();

  /** Everything bound to it, in binding order. */
  public abstract List<Grant> grants();

  /** A builder. */
  public static ImmutableServiceAccountReach.Builder builder() {
    return ImmutableServiceAccountReach.builder();
  }
}
