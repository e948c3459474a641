package ai.kubiya.runner.deployer.drift;

import ai.kubiya.runner.deployer.DeployException;
import ai.kubiya.runner.deployer.ObjectRef;
import ai.kubiya.runner.deployer.ReleaseId;
import ai.kubiya.runner.deployer.ReleaseObjects;
import ai.kubiya.runner.deployer.RevisionRecord;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares a release's live objects with its deployed revision's recorded manifest, and heals the
 * difference through the deployer's apply path.
 *
 * <pre>{@code
 * DriftDetector detector = DriftDetector.create(client, DriftOptions.builder()
 *     .addIgnore(IgnoreRule.parse("Deployment/agent-manager:spec.replicas"))   // HPA scales it
 *     .build());
 * DriftReport report = detector.detect(ReleaseId.of("deployment-x", "kubiya"));
 * report.drifts().forEach(System.out::println); // changed Deployment/agent-manager: spec.replicas
 * HealResult healed = detector.heal(ReleaseId.of("deployment-x", "kubiya"));
 * }</pre>
 *
 * <p>One scan reads the history (one list request) and the live objects (one list request per kind
 * and namespace of every recorded revision). Safe to use from several threads.
 */
public final class DriftDetector {
  private final ReleaseObjects objects;
  private final DriftOptions options;

  private DriftDetector(ReleaseObjects objects, DriftOptions options) {
    this.objects = objects;
    this.options = options;
  }

  /** A detector on this client. The client is not closed by the detector. */
  public static DriftDetector create(KubernetesClient client, DriftOptions options) {
    Objects.requireNonNull(options, "options");
    return new DriftDetector(ReleaseObjects.create(client, options.deployOptions()), options);
  }

  /** The options. */
  public DriftOptions options() {
    return options;
  }

  /**
   * The release's drift against its deployed revision.
   *
   * @throws DeployException when the release has no deployed revision or the cluster cannot be read
   */
  public DriftReport detect(ReleaseId release) {
    return scan(release).report();
  }

  /**
   * Heals the release: creates missing objects, restores the SDK's fields on changed ones (other
   * managers' fields and ignored fields stay), deletes left-behind objects (unless kept); objects
   * whose ownership labels were removed are refused, as the deployer never changes objects without
   * them. Then scans again. The writes are made under the release's lock, the Lease the deployer's
   * install, upgrade, rollback and uninstall take (and, for cluster-scoped objects, the
   * cluster-wide one), after a second scan made under it: a heal never writes between an
   * operation's writes, nor the revision before an upgrade over the upgrade's objects.
   *
   * @throws DeployException when the release has no deployed revision, the cluster cannot be read,
   *     or another holder keeps the release's lock past the options' lock wait
   */
  public HealResult heal(ReleaseId release) {
    Scan scan = scan(release);
    if (scan.report().drifts().isEmpty()) {
      return HealResult.builder().before(scan.report()).after(scan.report()).writes(0).build();
    }
    List<ObjectRef> healed = new ArrayList<>();
    Map<ObjectRef, String> refused = new LinkedHashMap<>();
    int writes = 0;
    try (ReleaseObjects.Lock lock = lock(release)) {
      // scanned again under the lock: an upgrade may have deployed a new revision meanwhile
      scan = scan(release);
      for (Drift drift : scan.report().drifts()) {
        Optional<String> refusal = heal(release, scan, drift, lock);
        if (refusal.isEmpty()) {
          healed.add(drift.object());
          writes++;
        } else {
          refused.put(drift.object(), refusal.get());
        }
      }
    }
    DriftReport after = healed.isEmpty() ? scan.report() : detect(release);
    return HealResult.builder()
        .before(scan.report())
        .after(after)
        .healed(healed)
        .refused(refused)
        .writes(writes)
        .build();
  }

  /**
   * The release's lock, which heals hold while they write (the deployer's operations take the same
   * one): a heal never writes between an upgrade's writes, nor an old revision over a new one.
   */
  ReleaseObjects.Lock lock(ReleaseId release) {
    return objects.lock(release);
  }

  /**
   * Heals one drift of a scan made while {@code lock} was held; the reason when it is not healed.
   */
  Optional<String> heal(ReleaseId release, Scan scan, Drift drift, ReleaseObjects.Lock lock) {
    HasMetadata live = scan.live().get(drift.object());
    try {
      if (drift.object().namespace().isEmpty()) {
        lock.lockClusterObjects();
      }
      lock.check("heal " + drift.object());
      switch (drift.kind()) {
        case MISSING, CHANGED -> {
          HasMetadata rendered = scan.desired().get(drift.object());
          String kind = drift.object().kind();
          String name = drift.object().name();
          objects.restore(
              release,
              rendered,
              drift.kind() == DriftKind.MISSING ? null : live,
              tree -> FieldWalker.withoutIgnored(kind, name, tree, options.ignore()));
          return Optional.empty();
        }
        case LEFT_BEHIND -> {
          return objects.deleteLeftBehind(release, live)
              ? Optional.empty()
              : Optional.of("kept: annotated helm.sh/resource-policy: keep");
        }
        default -> {
          return Optional.of(
              "not changed: its release labels were removed (the SDK never changes objects "
                  + "without them; relabel it or delete it to have it recreated)");
        }
      }
    } catch (DeployException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** Reads history and live objects once and compares them. */
  Scan scan(ReleaseId release) {
    try {
      return compare(release);
    } catch (KubernetesClientException e) {
      throw new DeployException(
          "drift of "
              + release
              + ": "
              + e.getCode()
              + " "
              + Optional.ofNullable(e.getStatus()).map(s -> s.getReason()).orElse("request failed"),
          e);
    }
  }

  private Scan compare(ReleaseId release) {
    List<RevisionRecord> records = objects.history(release);
    RevisionRecord deployed =
        ReleaseObjects.deployed(records)
            .orElseThrow(
                () ->
                    new DeployException(
                        "release "
                            + release.name()
                            + " has no deployed revision in namespace "
                            + release.namespace()));
    Map<ObjectRef, HasMetadata> desired = new LinkedHashMap<>();
    for (HasMetadata object : ReleaseObjects.objects(deployed)) {
      desired.put(ReleaseObjects.ref(object, release), object);
    }
    List<HasMetadata> everyRecorded = new ArrayList<>(desired.values());
    for (RevisionRecord record : records) {
      if (record != deployed) {
        everyRecorded.addAll(ReleaseObjects.objects(record));
      }
    }
    Map<ObjectRef, HasMetadata> live = objects.live(release, everyRecorded);
    String manager = options.deployOptions().fieldManager();
    List<Drift> drifts = new ArrayList<>();
    for (Map.Entry<ObjectRef, HasMetadata> entry : desired.entrySet()) {
      ObjectRef ref = entry.getKey();
      HasMetadata current = live.get(ref);
      if (current == null) {
        drifts.add(Drift.of(DriftKind.MISSING, ref, List.of()));
      } else if (!ReleaseObjects.ownedBy(current, release)) {
        drifts.add(Drift.of(DriftKind.OWNERSHIP_REMOVED, ref, List.of()));
      } else {
        ObjectNode want = ReleaseObjects.desiredTree(entry.getValue(), release);
        List<FieldDrift> fields =
            FieldWalker.drifts(
                ref.kind(),
                ref.name(),
                want,
                ReleaseObjects.tree(current),
                options.ignore(),
                ManagedFields.of(current, manager));
        if (!fields.isEmpty()) {
          drifts.add(Drift.of(DriftKind.CHANGED, ref, fields));
        }
      }
    }
    for (Map.Entry<ObjectRef, HasMetadata> entry : live.entrySet()) {
      if (!desired.containsKey(entry.getKey())
          && ReleaseObjects.ownedBy(entry.getValue(), release)) {
        drifts.add(Drift.of(DriftKind.LEFT_BEHIND, entry.getKey(), List.of()));
      }
    }
    DriftReport report =
        DriftReport.builder().release(release).revision(deployed.revision()).drifts(drifts).build();
    return new Scan(report, desired, live);
  }
}
