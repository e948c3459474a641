package ai.kubiya.runner.deployer;

import ai.kubiya.runner.deployer.PlannedChange.Action;
import ai.kubiya.runner.deployer.ProgressEvent.Type;
import ai.kubiya.runner.manifests.ManifestSet;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Install, upgrade and rollback, under the release's lock: read the history and the live objects,
 * plan, record a pending revision, apply what differs in install order, wait for the workloads,
 * delete what the release no longer renders (only objects recorded since its last successful
 * revision), mark the previous deployed revision superseded and then the new one deployed. Any
 * failure marks the revision failed and leaves the objects of the previous revision in place
 * (nothing is deleted before success); at most one revision is ever deployed.
 */
final class Reconciler {
  /** What is being done. */
  enum Operation {
    INSTALL(RevisionStatus.PENDING_INSTALL, "Install complete"),
    UPGRADE(RevisionStatus.PENDING_UPGRADE, "Upgrade complete"),
    ROLLBACK(RevisionStatus.PENDING_ROLLBACK, "Rollback complete");

    final RevisionStatus pending;
    final String done;

    Operation(RevisionStatus pending, String done) {
      this.pending = pending;
      this.done = done;
    }
  }

  /** A release's history as read once per operation. */
  record History(List<RevisionRecord> records) {
    Optional<RevisionRecord> latest() {
      return records.isEmpty() ? Optional.empty() : Optional.of(records.get(records.size() - 1));
    }

    Optional<RevisionRecord> deployed() {
      for (int i = records.size() - 1; i >= 0; i--) {
        if (records.get(i).status() == RevisionStatus.DEPLOYED) {
          return Optional.of(records.get(i));
        }
      }
      return Optional.empty();
    }

    /**
     * The revisions from the last successful one (deployed, superseded or uninstalled) on, failed
     * and interrupted ones included; all of them when none succeeded. Their objects are the ones a
     * new revision may delete.
     */
    List<RevisionRecord> sinceLastSuccess() {
      for (int i = records.size() - 1; i >= 0; i--) {
        RevisionStatus status = records.get(i).status();
        if (status == RevisionStatus.DEPLOYED
            || status == RevisionStatus.SUPERSEDED
            || status == RevisionStatus.UNINSTALLED) {
          return records.subList(i, records.size());
        }
      }
      return records;
    }

    Optional<RevisionRecord> revision(int number) {
      return records.stream().filter(r -> r.revision() == number).findFirst();
    }
  }

  private final HistoryStore history;
  private final LiveObjects live;
  private final Applier applier;
  private final Readiness readiness;
  private final ReleaseLocks locks;
  private final DeployOptions options;
  private final Clock clock;

  Reconciler(
      HistoryStore history,
      LiveObjects live,
      Applier applier,
      Readiness readiness,
      ReleaseLocks locks,
      DeployOptions options,
      Clock clock) {
    this.history = history;
    this.live = live;
    this.applier = applier;
    this.readiness = readiness;
    this.locks = locks;
    this.options = options;
    this.clock = clock;
  }

  /** The plan of an install or upgrade to {@code desired}; reads only and takes no lock. */
  Plan plan(ReleaseManifest desired) {
    History past = new History(history.list(desired.release()));
    Targets targets = targets(desired, past);
    return prepare(desired, past, targets).plan;
  }

  /**
   * Installs, upgrades or rolls back to {@code desired}, holding the release's lock (and the
   * cluster-objects lock when cluster-scoped objects are involved) from before the plan until the
   * history is written.
   */
  DeployResult run(Operation operation, ReleaseManifest desired, String description) {
    try (ReleaseLocks.Held held = locks.lockRelease(desired.release())) {
      return run(operation, desired, description, held);
    }
  }

  private DeployResult run(
      Operation operation, ReleaseManifest desired, String description, ReleaseLocks.Held held) {
    ReleaseId release = desired.release();
    List<HistoryStore.Stored> stored = history.read(release);
    History past = new History(stored.stream().map(HistoryStore.Stored::record).toList());
    if (operation == Operation.UPGRADE) {
      refuseUpgradeOfRemovedRelease(release, past);
    }
    Targets targets = targets(desired, past);
    if (targets.clusterScoped()) {
      held.lockClusterObjects();
    }
    Prepared prepared = prepare(desired, past, targets);
    Plan plan = prepared.plan;
    emit(ProgressEvent.of(Type.PLANNED, plan.summary()));
    if (plan.hasConflicts()) {
      throw new DeployException(
          "refusing to change objects release "
              + release.name()
              + " does not own: "
              + plan.withAction(Action.CONFLICT).stream()
                  .map(c -> c.object() + " " + c.note())
                  .collect(Collectors.joining("; ")));
    }
    Optional<RevisionRecord> deployed = past.deployed();
    if (deployed.isPresent()
        && past.latest().equals(deployed)
        && !plan.changesObjects()
        && !plan.valuesChanged()) {
      emit(
          ProgressEvent.of(
              Type.DONE, "no changes; revision " + deployed.get().revision() + " stays deployed"));
      return DeployResult.builder()
          .release(release)
          .revision(deployed.get().revision())
          .plan(plan)
          .noop(true)
          .build();
    }
    Operation effective =
        operation == Operation.INSTALL && deployed.isPresent() ? Operation.UPGRADE : operation;
    int revision = past.latest().map(r -> r.revision() + 1).orElse(1);
    RevisionRecord record =
        RevisionRecord.builder()
            .release(release)
            .revision(revision)
            .time(clock.instant())
            .chartVersion(desired.chartVersion())
            .status(effective.pending)
            .description(description.isEmpty() ? effective.pending.label() : description)
            .valuesYaml(desired.valuesYaml())
            .manifestYaml(desired.manifests().toYaml())
            .build();
    HistoryStore.checkSize(record);
    held.check("recording revision " + revision);
    for (HistoryStore.Stored pending : stored) {
      if (pending.status().isPending()) {
        history.update(
            pending,
            ImmutableRevisionRecord.copyOf(pending.record())
                .withStatus(RevisionStatus.FAILED)
                .withDescription(
                    "Interrupted; superseded by revision "
                        + revision
                        + held.takenFrom()
                            .map(h -> " (lock taken over from " + h + ")")
                            .orElse("")));
      }
    }
    List<RevisionRecord> after = new ArrayList<>(past.records());
    after.replaceAll(
        r ->
            r.status().isPending()
                ? ImmutableRevisionRecord.copyOf(r).withStatus(RevisionStatus.FAILED)
                : r);
    HistoryStore.Stored current = history.create(record);
    emit(ProgressEvent.of(Type.RECORDED, "revision " + revision + " " + effective.pending.label()));
    List<ObjectRef> deleted;
    try {
      apply(prepared, plan, held);
      if (options.waitForReady()) {
        readiness.await(release, prepared.objects);
      }
      deleted = prune(plan, prepared.live, held);
      held.check("marking revision " + revision + " deployed");
      Optional<HistoryStore.Stored> previous =
          stored.stream().filter(r -> r.status() == RevisionStatus.DEPLOYED).reduce((a, b) -> b);
      if (previous.isPresent()) {
        RevisionRecord superseded =
            ImmutableRevisionRecord.copyOf(previous.get().record())
                .withStatus(RevisionStatus.SUPERSEDED);
        mark(previous.get(), superseded);
        after.replaceAll(r -> r.revision() == superseded.revision() ? superseded : r);
      }
      current =
          mark(
              current,
              ImmutableRevisionRecord.copyOf(record)
                  .withStatus(RevisionStatus.DEPLOYED)
                  .withDescription(description.isEmpty() ? effective.done : description));
    } catch (RuntimeException e) {
      String reason = Retrier.summary(e);
      try {
        history.update(
            current,
            ImmutableRevisionRecord.copyOf(record)
                .withStatus(RevisionStatus.FAILED)
                .withDescription(reason));
      } catch (RuntimeException recordFailure) {
        e.addSuppressed(recordFailure);
      }
      emit(ProgressEvent.of(Type.FAILED, "revision " + revision + " failed: " + reason));
      after.add(ImmutableRevisionRecord.copyOf(record).withStatus(RevisionStatus.FAILED));
      trimQuietly(release, revision, after);
      throw new DeployException(
          "revision " + revision + " of " + release.name() + " failed: " + reason, revision, e);
    }
    after.add(current.record());
    trimQuietly(release, revision, after);
    emit(ProgressEvent.of(Type.DONE, "revision " + revision + " deployed: " + plan.summary()));
    return DeployResult.builder()
        .release(release)
        .revision(revision)
        .plan(plan)
        .deleted(deleted)
        .build();
  }

  /** Rewrites a revision's status; an API failure names the revision and the status. */
  private HistoryStore.Stored mark(HistoryStore.Stored stored, RevisionRecord next) {
    try {
      return history.update(stored, next);
    } catch (io.fabric8.kubernetes.client.KubernetesClientException e) {
      throw new DeployException(
          "mark revision "
              + next.revision()
              + " "
              + next.status().label()
              + ": "
              + Retrier.summary(e),
          e);
    }
  }

  private static void refuseUpgradeOfRemovedRelease(ReleaseId release, History past) {
    if (past.records().isEmpty()) {
      throw new DeployException(
          "release "
              + release.name()
              + " is not installed in namespace "
              + release.namespace()
              + ": install it first");
    }
    RevisionRecord latest = past.latest().orElseThrow();
    if (latest.status() == RevisionStatus.UNINSTALLED) {
      throw new DeployException(
          "release "
              + release.name()
              + " was uninstalled from namespace "
              + release.namespace()
              + " (revision "
              + latest.revision()
              + "): install it to bring it back");
    }
  }

  private void apply(Prepared prepared, Plan plan, ReleaseLocks.Held held) {
    for (int i = 0; i < prepared.objects.size(); i++) {
      PreparedObject object = prepared.objects.get(i);
      PlannedChange change = plan.changes().get(i);
      if (change.action() == Action.UNCHANGED) {
        emit(ProgressEvent.of(Type.UNCHANGED, object.ref(), ""));
        continue;
      }
      held.check("writing " + object.ref());
      try {
        applier.apply(object, prepared.live.get(object.ref()));
      } catch (RuntimeException e) {
        throw new DeployException("apply " + object.ref() + ": " + Retrier.summary(e), e);
      }
      emit(
          ProgressEvent.of(
              Type.APPLIED,
              object.ref(),
              change.action() == Action.CREATE ? "created" : "changed"));
    }
  }

  private List<ObjectRef> prune(
      Plan plan, Map<ObjectRef, HasMetadata> liveObjects, ReleaseLocks.Held held) {
    List<ObjectRef> deleted = new ArrayList<>();
    for (PlannedChange change : plan.withAction(Action.LEAVE)) {
      emit(ProgressEvent.of(Type.LEFT, change.object(), change.note()));
    }
    for (PlannedChange change : plan.withAction(Action.DELETE)) {
      HasMetadata object = liveObjects.get(change.object());
      held.check("deleting " + change.object());
      try {
        applier.delete(object, fresh -> Ownership.mayDelete(fresh, plan.release()));
      } catch (RuntimeException e) {
        throw new DeployException("delete " + change.object() + ": " + Retrier.summary(e), e);
      }
      deleted.add(change.object());
      emit(ProgressEvent.of(Type.DELETED, change.object(), "no longer rendered"));
    }
    return deleted;
  }

  /**
   * Deletes the oldest revisions past the history limit, counting every revision (failed ones too)
   * but never the one just recorded, the deployed one or the latest superseded one (the rollback
   * target). {@code records} is the history as this operation left it. A failure here is reported,
   * not raised: the operation itself is done.
   */
  private void trimQuietly(ReleaseId release, int revision, List<RevisionRecord> records) {
    try {
      for (int doomed : HistoryTrim.doomed(records, revision, options.historyLimit())) {
        history.delete(release, doomed);
      }
    } catch (RuntimeException e) {
      emit(
          ProgressEvent.of(
              Type.FAILED, "could not trim the history of " + release + ": " + Retrier.summary(e)));
    }
  }

  /**
   * What to list: the kinds rendered now and those of the revisions whose objects may be pruned.
   */
  private Targets targets(ReleaseManifest desired, History past) {
    ReleaseId release = desired.release();
    List<PreparedObject> objects = new ArrayList<>();
    Set<ObjectRef> seen = new HashSet<>();
    for (HasMetadata object : desired.manifests()) {
      PreparedObject prepared = PreparedObject.of(object, release);
      if (!seen.add(prepared.ref())) {
        throw new DeployException("the manifests hold " + prepared.ref() + " twice");
      }
      objects.add(prepared);
    }
    Set<ListTarget> lists = new LinkedHashSet<>();
    objects.forEach(o -> lists.add(o.target()));
    ManifestSet previous =
        past.deployed().map(r -> ManifestCodec.parse(r.manifestYaml())).orElse(null);
    Set<ObjectRef> recorded = new HashSet<>();
    for (RevisionRecord record : past.sinceLastSuccess()) {
      ManifestSet manifests = ManifestCodec.parse(record.manifestYaml());
      addTargets(lists, manifests, release);
      for (HasMetadata object : manifests) {
        recorded.add(PreparedObject.of(object, release).ref());
      }
    }
    return new Targets(objects, lists, previous, recorded);
  }

  private Prepared prepare(ReleaseManifest desired, History past, Targets targets) {
    Map<ObjectRef, HasMetadata> liveObjects = live.all(targets.lists());
    boolean valuesChanged =
        past.deployed()
            .map(
                r ->
                    !r.valuesYaml().equals(desired.valuesYaml())
                        || !r.chartVersion().equals(desired.chartVersion()))
            .orElse(true);
    Plan plan =
        Planner.plan(
            desired.release(),
            targets.objects(),
            liveObjects,
            targets.previous(),
            targets.recorded(),
            valuesChanged);
    return new Prepared(targets.objects(), liveObjects, plan);
  }

  static void addTargets(Set<ListTarget> targets, ManifestSet manifests, ReleaseId release) {
    if (manifests != null) {
      for (HasMetadata object : manifests) {
        targets.add(PreparedObject.of(object, release).target());
      }
    }
  }

  private void emit(ProgressEvent event) {
    options.progressListener().onEvent(event);
  }

  private record Prepared(
      List<PreparedObject> objects, Map<ObjectRef, HasMetadata> live, Plan plan) {}

  /**
   * The desired objects, what to list, the deployed revision's manifest (for removed-field diffs)
   * and the objects recorded since the last successful revision (the deletion candidates).
   */
  private record Targets(
      List<PreparedObject> objects,
      Set<ListTarget> lists,
      ManifestSet previous,
      Set<ObjectRef> recorded) {
    boolean clusterScoped() {
      return lists.stream().anyMatch(t -> t.namespace() == null);
    }
  }
}
