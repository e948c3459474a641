package ai.kubiya.runner.deployer.helm;

import ai.kubiya.runner.deployer.DeployException;
import ai.kubiya.runner.deployer.DeployOptions;
import ai.kubiya.runner.deployer.ObjectRef;
import ai.kubiya.runner.deployer.ReleaseId;
import ai.kubiya.runner.deployer.ReleaseManifest;
import ai.kubiya.runner.deployer.ReleaseObjects;
import ai.kubiya.runner.deployer.ReleaseTakeover;
import ai.kubiya.runner.deployer.ReleaseTakeover.TakeoverObject;
import ai.kubiya.runner.deployer.RevisionRecord;
import ai.kubiya.runner.deployer.helm.AdoptionStep.Action;
import ai.kubiya.runner.manifests.InvalidConfigException;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.validation.Finding;
import ai.kubiya.runner.model.validation.RunnerValidator;
import ai.kubiya.runner.model.validation.Severity;
import ai.kubiya.runner.model.validation.ValidationReport;
import ai.kubiya.runner.model.values.ValuesException;
import ai.kubiya.runner.naming.RunnerNames;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Takes over, in place, a kubiya-runner release that Helm installed, so that {@link
 * ai.kubiya.runner.deployer.RunnerDeployer} manages it from then on as if it had installed it.
 *
 * <p>It refuses, before writing anything, when Helm's release is not {@code deployed} (a failed or
 * pending revision is last), when its chart is not kubiya-runner 0.6.x, when the values (the
 * release's stored values with the request's overrides) fail validation, or when an object it would
 * take belongs to something else. Otherwise every object of Helm's release and its hooks is updated
 * in place (one {@code PUT} with the live resourceVersion and uid; never a delete, never a create
 * of an object Helm has): Helm's {@code meta.helm.sh} annotations go, the SDK's ownership labels,
 * managed-by label and applied-digest annotation come, fields Helm applied pass to the SDK's field
 * manager, and objects whose spec differs from the SDK's render are updated to it (the plan names
 * their fields). Then the SDK records revision 1 ({@code adopted from Helm release R revision N})
 * and Helm's deployed record is marked {@code superseded} (or all its records are deleted). Running
 * it again after an interruption carries on where it stopped.
 *
 * <pre>{@code
 * HelmAdoption adoption = HelmAdoption.create(client, DeployOptions.defaults());
 * AdoptionRequest request =
 *     AdoptionRequest.builder().release("acme-prod").namespace("kubiya").build();
 * System.out.print(adoption.plan(request).render());     // reads only
 * AdoptionPlan done = adoption.adopt(request);
 * RunnerDeployer.create(client).upgrade(config);         // from now on, as usual
 * }</pre>
 */
public final class HelmAdoption {
  /** The Helm chart adoption accepts. */
  public static final String CHART = "kubiya-runner";

  /** Helm's annotations naming the release of an object. */
  public static final String RELEASE_NAME_ANNOTATION = "meta.helm.sh/release-name";

  /** Helm's annotation naming the namespace of the release of an object. */
  public static final String RELEASE_NAMESPACE_ANNOTATION = "meta.helm.sh/release-namespace";

  /** Helm's field manager. */
  public static final String HELM_FIELD_MANAGER = "helm";

  private static final List<String> HELM_ANNOTATIONS =
      List.of(RELEASE_NAME_ANNOTATION, RELEASE_NAMESPACE_ANNOTATION);

  private final HelmReleases helm;
  private final ReleaseTakeover takeover;
  private final HelmRecords records;

  private HelmAdoption(KubernetesClient client, DeployOptions options) {
    this.helm = HelmReleases.create(client);
    this.takeover = ReleaseTakeover.create(client, options);
    this.records = new HelmRecords(client, helm);
  }

  /**
   * An adoption on this client (not closed by it), with the deployer's retry and progress options.
   */
  public static HelmAdoption create(KubernetesClient client, DeployOptions options) {
    return new HelmAdoption(
        Objects.requireNonNull(client, "client"), Objects.requireNonNull(options, "options"));
  }

  /** What adopting would do; reads only. */
  public AdoptionPlan plan(AdoptionRequest request) {
    return prepare(request).plan;
  }

  /**
   * Adopts the release (or, with {@link AdoptionRequest#dryRun()}, only plans it). The adoption
   * reads, plans and writes under the release's lock, the Lease the deployer's operations take
   * (waiting for another holder up to the options' lock wait), and under the cluster-objects lock
   * when it takes over cluster-scoped objects.
   *
   * @throws HelmException when refused (nothing written) or when a write fails (run it again)
   */
  public AdoptionPlan adopt(AdoptionRequest request) {
    if (request.dryRun()) {
      return prepare(request).plan;
    }
    ReleaseId release = ReleaseId.of(request.release(), request.namespace());
    ReleaseObjects.Lock lock;
    try {
      lock = takeover.lock(release);
    } catch (DeployException e) {
      throw new HelmException("adopt " + release + ": " + e.getMessage(), e);
    }
    // read, planned and written under the release's lock, as the deployer's operations are
    try (lock) {
      return adopt(request, prepare(request), lock);
    }
  }

  private AdoptionPlan adopt(AdoptionRequest request, Prepared prepared, ReleaseObjects.Lock lock) {
    AdoptionPlan plan = prepared.plan;
    try {
      for (AdoptionStep step : plan.steps()) {
        if (step.object().namespace().isEmpty() && step.action() != Action.ALREADY_TAKEN_OVER) {
          lock.lockClusterObjects(); // the chart's cluster-scoped objects: the cluster-wide lock
          // too
          break;
        }
      }
      for (Write write : prepared.writes) {
        lock.check("adopt " + plan.release());
        write.run();
      }
      if (plan.recordsRevision()) {
        takeover.recordFirstRevision(prepared.desired, plan.description());
      }
      for (HelmRevision revision : prepared.retire) {
        if (request.purgeHelmHistory()) {
          records.delete(revision);
        } else {
          records.markSuperseded(revision);
        }
      }
    } catch (DeployException | HelmException e) {
      throw new HelmException(
          "adopt "
              + plan.release()
              + ": "
              + e.getMessage()
              + " (nothing was deleted; run the adoption again to carry on)",
          e);
    }
    return plan;
  }

  private Prepared prepare(AdoptionRequest request) {
    ReleaseId release = ReleaseId.of(request.release(), request.namespace());
    HelmRelease helmRelease = helm.get(request.release(), request.namespace());
    List<RevisionRecord> sdkHistory = call(() -> takeover.history(release));
    HelmRevision target = target(helmRelease, sdkHistory);
    if (!CHART.equals(target.chartName()) || !target.chartVersion().startsWith("0.6.")) {
      throw new HelmException(
          "Helm release "
              + release
              + " revision "
              + target.revision()
              + " is chart "
              + target.chartName()
              + " "
              + target.chartVersion()
              + ": only "
              + CHART
              + " 0.6.x can be adopted");
    }
    RunnerConfig config = config(target, request);
    ReleaseManifest desired;
    try {
      desired = ReleaseManifest.render(config);
    } catch (InvalidConfigException e) {
      throw new HelmException(
          "the values of Helm release " + release + " fail validation: " + errors(e.report()));
    }
    List<HasMetadata> helmObjects = HelmManifests.objects(target);
    List<HasMetadata> all = new ArrayList<>(desired.manifests().objects());
    all.addAll(helmObjects);
    Map<ObjectRef, HasMetadata> live = call(() -> takeover.live(all, release));

    Set<String> hookRefs =
        target.hooks().stream().map(h -> h.kind() + "/" + h.name()).collect(Collectors.toSet());
    List<AdoptionStep> steps = new ArrayList<>();
    List<Write> writes = new ArrayList<>();
    List<String> conflicts = new ArrayList<>();
    Set<ObjectRef> rendered = new LinkedHashSet<>();
    for (HasMetadata object : desired.manifests()) {
      TakeoverObject prepared = takeover.prepare(object, release);
      ObjectRef ref = prepared.ref();
      rendered.add(ref);
      HasMetadata current = live.get(ref);
      if (current == null) {
        steps.add(AdoptionStep.of(ref, Action.CREATE, List.of()));
        writes.add(() -> takeover.create(prepared));
      } else if (ReleaseTakeover.ownedBy(current, release) && prepared.takenOver(current)) {
        steps.add(AdoptionStep.of(ref, Action.ALREADY_TAKEN_OVER, List.of()));
      } else if (ReleaseTakeover.ownedBy(current, release)
          || ownedByHelmRelease(current, release, hookRefs)) {
        var changes = prepared.specChanges(current);
        if (changes.isEmpty()) {
          steps.add(AdoptionStep.of(ref, Action.TAKE_OVER, List.of()));
          writes.add(
              () -> takeover.relabel(prepared, current, HELM_ANNOTATIONS, HELM_FIELD_MANAGER));
        } else {
          steps.add(AdoptionStep.of(ref, Action.TAKE_OVER_AND_UPDATE, changes));
          writes.add(() -> takeover.replace(prepared, current, HELM_FIELD_MANAGER));
        }
      } else {
        conflicts.add(ref + " " + ReleaseTakeover.describeOwner(current));
      }
    }
    for (HasMetadata object : helmObjects) {
      ObjectRef ref = ReleaseTakeover.refIn(object, release);
      HasMetadata current = live.get(ref);
      if (rendered.contains(ref) || current == null) {
        continue;
      }
      if (ReleaseTakeover.ownedBy(current, release)) {
        steps.add(AdoptionStep.of(ref, Action.ALREADY_TAKEN_OVER, List.of()));
      } else if (ownedByHelmRelease(current, release, hookRefs)) {
        steps.add(AdoptionStep.of(ref, Action.TAKE_OVER_UNRENDERED, List.of()));
        writes.add(
            () ->
                takeover.relabelUnrendered(
                    current,
                    release,
                    RunnerNames.MANAGED_BY,
                    HELM_ANNOTATIONS,
                    HELM_FIELD_MANAGER));
      } else {
        conflicts.add(ref + " " + ReleaseTakeover.describeOwner(current));
      }
    }
    if (!conflicts.isEmpty()) {
      throw new HelmException(
          "refusing to adopt Helm release "
              + release
              + ": objects it would take belong to "
              + "something else: "
              + String.join("; ", conflicts));
    }
    List<HelmRevision> retire =
        helmRelease.revisions().stream()
            .filter(r -> request.purgeHelmHistory() || r.status() == HelmStatus.DEPLOYED)
            .toList();
    AdoptionPlan plan =
        AdoptionPlan.builder()
            .release(release)
            .helmRevision(target.revision())
            .steps(steps)
            .recordsRevision(sdkHistory.isEmpty())
            .helmRecords(retire.stream().map(HelmRevision::recordRef).toList())
            .purgesHelmHistory(request.purgeHelmHistory())
            .build();
    return new Prepared(plan, desired, writes, retire);
  }

  /**
   * The Helm revision to take over: the latest when it is deployed; when an earlier run recorded
   * the SDK's revision 1 from revision N and stopped before retiring all of Helm's records, N.
   */
  private static HelmRevision target(HelmRelease helmRelease, List<RevisionRecord> sdkHistory) {
    ReleaseId release = ReleaseId.of(helmRelease.name(), helmRelease.namespace());
    HelmRevision latest = helmRelease.latest();
    Optional<Integer> adoptedFrom =
        sdkHistory.isEmpty() ? Optional.empty() : adoptedRevision(sdkHistory.get(0), release);
    if (!sdkHistory.isEmpty() && adoptedFrom.isEmpty()) {
      throw new HelmException(
          "release "
              + release
              + " already has SDK revisions (not adopted from Helm): "
              + "refusing to adopt Helm release "
              + helmRelease.name()
              + " over them");
    }
    if (adoptedFrom.isPresent()) {
      int n = adoptedFrom.get();
      if (latest.revision() != n) {
        throw new HelmException(
            "release "
                + release
                + " was adopted from Helm revision "
                + n
                + " but Helm's latest revision is "
                + latest.revision()
                + " ("
                + latest.status().label()
                + "): Helm changed the release after the adoption; refusing");
      }
      if (sdkHistory.size() > 1 && latest.status() == HelmStatus.DEPLOYED) {
        throw new HelmException(
            "release "
                + release
                + " is managed by the SDK (revision "
                + sdkHistory.get(sdkHistory.size() - 1).revision()
                + ") and Helm revision "
                + n
                + " still says deployed: mark it superseded with kubectl; refusing to adopt again");
      }
      return latest;
    }
    if (latest.status() != HelmStatus.DEPLOYED) {
      throw new HelmException(
          "Helm release "
              + release
              + " revision "
              + latest.revision()
              + " is "
              + latest.status().label()
              + ", not deployed ("
              + latest.recordRef()
              + "): only a deployed release can be adopted; finish or roll it back with helm"
              + " first");
    }
    return latest;
  }

  private static Optional<Integer> adoptedRevision(RevisionRecord first, ReleaseId release) {
    String prefix = "adopted from Helm release " + release.name() + " revision ";
    if (first.revision() == 1 && first.description().startsWith(prefix)) {
      try {
        return Optional.of(Integer.parseInt(first.description().substring(prefix.length())));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static RunnerConfig config(HelmRevision target, AdoptionRequest request) {
    RunnerConfig config;
    try {
      config = HelmValues.config(target, request.valuesFiles(), request.sets());
    } catch (ValuesException e) {
      throw new HelmException(
          "the values of Helm release " + target.name() + " cannot be loaded: " + e.getMessage());
    }
    ValidationReport report = RunnerValidator.standard().validate(config);
    if (report.hasErrors()) {
      throw new HelmException(
          "the values of Helm release "
              + target.namespace()
              + "/"
              + target.name()
              + " fail validation: "
              + errors(report));
    }
    return config;
  }

  private static String errors(ValidationReport report) {
    return report.findings().stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .map(Finding::toString)
        .collect(Collectors.joining("; "));
  }

  /**
   * True when Helm's annotations name this release, or the object is one of its hooks and nobody
   * else's.
   */
  static boolean ownedByHelmRelease(HasMetadata object, ReleaseId release, Set<String> hookRefs) {
    if (ReleaseTakeover.ownedByAnyRelease(object)) {
      return false;
    }
    Map<String, String> annotations = object.getMetadata().getAnnotations();
    String name = annotations == null ? null : annotations.get(RELEASE_NAME_ANNOTATION);
    String namespace = annotations == null ? null : annotations.get(RELEASE_NAMESPACE_ANNOTATION);
    if (name != null || namespace != null) {
      return release.name().equals(name) && release.namespace().equals(namespace);
    }
    return hookRefs.contains(object.getKind() + "/" + object.getMetadata().getName());
  }

  private static <T> T call(java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (DeployException e) {
      throw new HelmException(e.getMessage(), e);
    }
  }

  /** One write of the adoption. */
  private interface Write {
    void run();
  }

  private record Prepared(
      AdoptionPlan plan, ReleaseManifest desired, List<Write> writes, List<HelmRevision> retire) {}
}
