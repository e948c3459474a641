package ai.kubiya.runner.audit;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing the audit found. Messages are built from names and reasons only: they never carry an
 * env value, a Secret's data or any other secret.
 *
 * <pre>{@code
 * Finding f = report.findings().get(0);
 * f.rule().id();      // "rbac-cluster-admin"
 * f.object();         // "ClusterRole/kubiya-runner-tool-manager-fullaccess"
 * f.subject();        // Optional["ServiceAccount/kubiya/kubiya-runner-tool-manager"]
 * f.value();          // Optional["toolManager.adminClusterRole.create"]
 * }</pre>
 */
@Value.Immutable
public abstract class Finding {
  /** The rule that found it. */
  public abstract AuditRule rule();

  /**
   * How bad it is: the rule's default, raised by context (scope, what else the subject can reach).
   */
  public abstract Severity severity();

  /**
   * The object it is about: {@code Kind/namespace/name}, or {@code Kind/name} when cluster-scoped.
   */
  public abstract String object();

  /** The container it is about, for container-level checks. */
  public abstract Optional<String> container();

  /** For RBAC findings, who holds the permission: {@code ServiceAccount/namespace/name}. */
  public abstract Optional<String> subject();

  /** One line: the fact and why it matters. */
  public abstract String message();

  /** The chart values path that controls it, when one does ({@code dagger.enabled}). */
  public abstract Optional<String> value();

  /** A builder. */
  public static ImmutableFinding.Builder builder() {
    return ImmutableFinding.builder();
  }

  /** {@code severity rule object[container] subject value: message}, for logs. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    s.append(severity().id()).append(' ').append(rule().id()).append(' ').append(object());
    container().ifPresent(c -> s.append('[').append(c).append(']'));
    subject().ifPresent(v -> s.append(" subject=").append(v));
    value().ifPresent(v -> s.append(" value=").append(v));
    return s.append(": ").append(message()).toString();
  }
}
