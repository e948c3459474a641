package ai.kubiya.runner.audit;

import java.util.Map;
import org.immutables.value.Value;

/** Counts by severity and the Pod Security Standards level of each workload. */
@Value.Immutable
public abstract class AuditSummary {
  /** The number of findings of each severity, every severity present, worst first. */
  public abstract Map<Severity, Integer> bySeverity();

  /** Each workload ({@code Kind/namespace/name}) with the most restrictive level it meets. */
  public abstract Map<String, PssLevel> podSecurity();

  /** The number of findings. */
  public int total() {
    return bySeverity().values().stream().mapToInt(Integer::intValue).sum();
  }

  /** A builder. */
  public static ImmutableAuditSummary.Builder builder() {
    return ImmutableAuditSummary.builder();
  }
}
