package ai.kubiya.runner.audit.internal;

import ai.kubiya.runner.audit.AuditRule;
import ai.kubiya.runner.audit.Finding;
import ai.kubiya.runner.audit.ServiceAccountReach;
import ai.kubiya.runner.audit.Severity;
import ai.kubiya.runner.audit.WorkloadPosture;
import ai.kubiya.runner.audit.internal.ValueMap.Aspect;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks of each workload's pod template: Pod Security Standards controls, resources, image
 * references, the ServiceAccount token mount and secrets in plain env values.
 */
public final class WorkloadChecks {
  /** Name parts that mark an env var as a credential. */
  private static final Pattern CREDENTIAL =
      Pattern.compile(
          "(^|_)(SECRET|PASSWORD|PASSWD|PWD|PASS|TOKEN|APIKEY|API_KEY|ACCESS_KEY"
              + "|PRIVATE_KEY|CREDENTIALS?|CREDS|JWT|SEED|AUTH)(_|$)");

  /** Name endings that mark an env var as pointing at a credential, not holding one. */
  private static final Pattern REFERENCE =
      Pattern.compile("_(FILE|PATH|DIR|URL|URI|ENDPOINT|HOST|PORT|NAME|ID|TIMEOUT|TYPE|MODE)$");

  private final String defaultNamespace;
  private final Map<String, ServiceAccount> serviceAccounts = new HashMap<>();
  private final Map<String, Integer> grantsBySubject = new HashMap<>();
  private final List<Finding> findings = new ArrayList<>();
  private final List<WorkloadPosture> postures = new ArrayList<>();

  private WorkloadChecks(
      List<HasMetadata> objects, List<ServiceAccountReach> reach, String defaultNamespace) {
    this.defaultNamespace = defaultNamespace;
    for (HasMetadata o : objects) {
      if (o instanceof ServiceAccount sa) {
        serviceAccounts.put(ObjectRefs.ref(o, defaultNamespace), sa);
      }
    }
    reach.forEach(r -> grantsBySubject.put(r.subject(), r.grants().size()));
  }

  /** The outcome: findings and each workload's Pod Security Standards posture. */
  public record Result(List<Finding> findings, List<WorkloadPosture> postures) {}

  /** Checks every workload among {@code objects}. */
  public static Result check(
      List<HasMetadata> objects, List<ServiceAccountReach> reach, String defaultNamespace) {
    WorkloadChecks checks = new WorkloadChecks(objects, reach, defaultNamespace);
    for (HasMetadata o : objects) {
      PodTemplates.of(o).ifPresent(t -> checks.workload(o, t));
    }
    return new Result(List.copyOf(checks.findings), List.copyOf(checks.postures));
  }

  private void workload(HasMetadata workload, PodTemplates.Template template) {
    String ref = ObjectRefs.ref(workload, defaultNamespace);
    PodSecurity.Evaluation eval = PodSecurity.evaluate(template);
    postures.add(
        WorkloadPosture.builder()
            .object(ref)
            .level(eval.level())
            .brokenControls(eval.broken())
            .build());
    for (PodSecurity.Violation v : eval.violations()) {
      String level = v.rule().forbiddenFrom().orElseThrow().id();
      findings.add(
          Finding.builder()
              .rule(v.rule())
              .severity(v.rule().defaultSeverity())
              .object(ref)
              .container(Optional.ofNullable(v.container()))
              .message(
                  v.detail()
                      + "; breaks Pod Security Standards "
                      + level
                      + " ("
                      + v.rule().title()
                      + ")")
              .value(ValueMap.forWorkload(workload, v.container(), v.aspect()))
              .build());
    }
    for (Container c : template.allContainers()) {
      resources(workload, ref, c);
      image(workload, ref, c);
      env(workload, ref, c);
    }
    automount(workload, ref, template.spec());
  }

  private void resources(HasMetadata workload, String ref, Container c) {
    ResourceRequirements r = c.getResources();
    Map<String, Quantity> requests =
        r == null || r.getRequests() == null ? Map.of() : r.getRequests();
    Map<String, Quantity> limits = r == null || r.getLimits() == null ? Map.of() : r.getLimits();
    List<String> noRequests = missing(requests);
    List<String> noLimits = missing(limits);
    Optional<String> value = ValueMap.forWorkload(workload, c.getName(), Aspect.RESOURCES);
    if (!noRequests.isEmpty()) {
      findings.add(
          container(
              AuditRule.RESOURCES_REQUESTS,
              ref,
              c,
              value,
              "no "
                  + String.join(" or ", noRequests)
                  + " request: the scheduler cannot reserve room"
                  + " for it and it is evicted first"));
    }
    if (!noLimits.isEmpty()) {
      findings.add(
          container(
              AuditRule.RESOURCES_LIMITS,
              ref,
              c,
              value,
              "no "
                  + String.join(" or ", noLimits)
                  + " limit: it can take its node's "
                  + String.join(" and ", noLimits)
                  + " from every other pod"));
    }
  }

  private static List<String> missing(Map<String, Quantity> quantities) {
    List<String> missing = new ArrayList<>();
    for (String resource : List.of("cpu", "memory")) {
      if (!quantities.containsKey(resource)) {
        missing.add(resource);
      }
    }
    return missing;
  }

  private void image(HasMetadata workload, String ref, Container c) {
    String image = c.getImage() == null ? "" : c.getImage();
    if (image.contains("@sha256:") || image.contains("@sha512:")) {
      return;
    }
    int slash = image.lastIndexOf('/');
    int colon = image.lastIndexOf(':');
    String tag = colon > slash ? image.substring(colon + 1) : null;
    Optional<String> value = ValueMap.forWorkload(workload, c.getName(), Aspect.IMAGE);
    if (tag == null || tag.equals("latest")) {
      findings.add(
          container(
              AuditRule.IMAGE_MUTABLE_TAG,
              ref,
              c,
              value,
              "image "
                  + image
                  + (tag == null ? " has no tag (latest)" : " uses the latest tag")
                  + ": what runs changes with every push"));
    } else {
      findings.add(
          container(
              AuditRule.IMAGE_NO_DIGEST,
              ref,
              c,
              value,
              "image "
                  + image
                  + " is pinned by tag, not digest: the tag can be moved to other content"));
    }
  }

  private void env(HasMetadata workload, String ref, Container c) {
    if (c.getEnv() == null) {
      return;
    }
    for (EnvVar e : c.getEnv()) {
      String name =
          e.getName() == null ? "" : e.getName().toUpperCase(Locale.ROOT).replace('-', '_');
      String literal = e.getValue();
      if (e.getValueFrom() != null
          || literal == null
          || literal.isEmpty()
          || literal.startsWith("/")
          || !CREDENTIAL.matcher(name).find()
          || REFERENCE.matcher(name).find()) {
        continue;
      }
      findings.add(
          container(
              AuditRule.ENV_PLAIN_SECRET,
              ref,
              c,
              ValueMap.forWorkload(workload, c.getName(), Aspect.ENV),
              "env "
                  + e.getName()
                  + " holds a literal value: the credential is stored in the "
                  + workload.getKind()
                  + " spec, readable by whoever can get it; use secretKeyRef"));
    }
  }

  private void automount(HasMetadata workload, String ref, PodSpec spec) {
    String saName =
        spec.getServiceAccountName() != null
            ? spec.getServiceAccountName()
            : spec.getServiceAccount() != null ? spec.getServiceAccount() : "default";
    String namespace = ObjectRefs.namespace(workload, defaultNamespace);
    String subject = "ServiceAccount/" + namespace + "/" + saName;
    ServiceAccount sa = serviceAccounts.get(subject);
    Boolean podLevel = spec.getAutomountServiceAccountToken();
    Boolean saLevel = sa == null ? null : sa.getAutomountServiceAccountToken();
    boolean mounts = podLevel != null ? podLevel : saLevel == null || saLevel;
    if (!mounts) {
      return;
    }
    int grants = grantsBySubject.getOrDefault(subject, 0);
    Aspect aspect = podLevel != null ? Aspect.POD_AUTOMOUNT : Aspect.SERVICE_ACCOUNT_AUTOMOUNT;
    String set =
        podLevel != null
            ? "the pod sets it"
            : saLevel != null ? "its ServiceAccount sets it" : "by default";
    findings.add(
        Finding.builder()
            .rule(AuditRule.AUTOMOUNT_SERVICE_ACCOUNT_TOKEN)
            .severity(grants > 0 ? Severity.MEDIUM : Severity.LOW)
            .object(ref)
            .subject(subject)
            .message(
                "pods mount the API token of "
                    + subject
                    + " ("
                    + set
                    + "), which holds "
                    + grants
                    + " RBAC rule"
                    + (grants == 1 ? "" : "s")
                    + ": a compromised container"
                    + " acts with them")
            .value(ValueMap.forWorkload(workload, null, aspect))
            .build());
  }

  private static Finding container(
      AuditRule rule, String ref, Container c, Optional<String> value, String message) {
    return Finding.builder()
        .rule(rule)
        .severity(rule.defaultSeverity())
        .object(ref)
        .container(c.getName())
        .message(message)
        .value(value)
        .build();
  }
}
