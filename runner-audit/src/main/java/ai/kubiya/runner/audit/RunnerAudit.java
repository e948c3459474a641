package ai.kubiya.runner.audit;

import ai.kubiya.runner.audit.internal.RbacAnalyzer;
import ai.kubiya.runner.audit.internal.WorkloadChecks;
import ai.kubiya.runner.manifests.ManifestSet;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The audit of a runner's objects: a rendered {@link ManifestSet} (offline, any values) or any list
 * of fabric8 objects, such as a release's live objects.
 *
 * <pre>{@code
 * ManifestSet set = RunnerManifests.of(config).build();
 * AuditReport report = RunnerAudit.of(set).run();
 * report.findings(AuditRule.RBAC_CLUSTER_ADMIN);      // who is cluster-admin, through what
 * report.summary().podSecurity();                      // {DaemonSet/kubiya/...=PRIVILEGED, ...}
 * System.out.print(ReportFormat.TABLE.render(report));
 * }</pre>
 *
 * <p>Only the given objects are evaluated: roles they bind but do not contain (except the built-in
 * {@code cluster-admin}) are reported as not audited, aggregated ClusterRoles count with their own
 * rules only. The audit reads the objects and never changes them. It is thread-safe per instance
 * use: make one per run.
 */
public final class RunnerAudit {
  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::object)
          .thenComparing(f -> f.subject().orElse(""))
          .thenComparing(f -> f.container().orElse(""))
          .thenComparing(Finding::rule)
          .thenComparing(Finding::message);

  private final List<HasMetadata> objects;
  private String defaultNamespace = "default";

  private RunnerAudit(Collection<? extends HasMetadata> objects) {
    int index = 0;
    for (HasMetadata o : objects) {
      if (o == null
          || o.getKind() == null
          || o.getMetadata() == null
          || o.getMetadata().getName() == null) {
        throw new IllegalArgumentException(
            "object " + index + ": no kind or metadata.name; the audit names every object");
      }
      index++;
    }
    this.objects = List.copyOf(objects);
  }

  /** An audit of a rendered runner. */
  public static RunnerAudit of(ManifestSet set) {
    return new RunnerAudit(set.objects());
  }

  /**
   * An audit of these objects (rendered, read from files or fetched from a cluster).
   *
   * @throws IllegalArgumentException naming the first object without a kind or name
   */
  public static RunnerAudit of(Collection<? extends HasMetadata> objects) {
    return new RunnerAudit(objects);
  }

  /**
   * The namespace of objects that name none (plain YAML without namespaces); default {@code
   * default}.
   */
  public RunnerAudit defaultNamespace(String namespace) {
    this.defaultNamespace = Objects.requireNonNull(namespace, "namespace");
    return this;
  }

  /** Runs every check. */
  public AuditReport run() {
    RbacAnalyzer.Result rbac = RbacAnalyzer.analyse(objects, defaultNamespace);
    WorkloadChecks.Result workloads = WorkloadChecks.check(objects, rbac.reach(), defaultNamespace);
    List<Finding> findings = new ArrayList<>(rbac.findings());
    findings.addAll(workloads.findings());
    findings.sort(ORDER);
    return AuditReport.builder()
        .findings(findings)
        .workloads(workloads.postures())
        .reach(rbac.reach())
        .build();
  }
}
