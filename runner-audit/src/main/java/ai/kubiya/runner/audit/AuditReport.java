package ai.kubiya.runner.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What the audit found: findings (worst first), the Pod Security Standards posture of every
 * workload, the RBAC reach of every subject, and a summary.
 *
 * <pre>{@code
 * AuditReport report = RunnerAudit.of(set).run();
 * report.summary().bySeverity();                 // {CRITICAL=1, HIGH=9, ...}
 * report.hasFindingAtLeast(Severity.HIGH);       // true
 * System.out.print(ReportFormat.TABLE.render(report));
 * }</pre>
 */
@Value.Immutable
public abstract class AuditReport {
  /** Every finding, worst first, then by object, subject, container and rule. */
  public abstract List<Finding> findings();

  /** Every workload's pod template against the Pod Security Standards, in object order. */
  public abstract List<WorkloadPosture> workloads();

  /** Every subject of a binding with its effective permissions. */
  public abstract List<ServiceAccountReach> reach();

  /** Counts by severity and the level of each workload. */
  @Value.Derived
  public AuditSummary summary() {
    Map<Severity, Integer> counts = new LinkedHashMap<>();
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    findings().forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    Map<String, PssLevel> levels = new LinkedHashMap<>();
    workloads().forEach(w -> levels.put(w.object(), w.level()));
    return AuditSummary.builder().bySeverity(counts).podSecurity(levels).build();
  }

  /** True when some finding is this bad or worse. */
  public boolean hasFindingAtLeast(Severity threshold) {
    return findings().stream().anyMatch(f -> f.severity().atLeast(threshold));
  }

  /** The findings of one rule. */
  public List<Finding> findings(AuditRule rule) {
    return findings().stream().filter(f -> f.rule() == rule).collect(Collectors.toList());
  }

  /** A builder. */
  public static ImmutableAuditReport.Builder builder() {
    return ImmutableAuditReport.builder();
  }
}
