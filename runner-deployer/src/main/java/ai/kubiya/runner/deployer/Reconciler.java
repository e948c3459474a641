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
 * Install, upgrade and rollback: read the history and the live objects, plan, record a pending
 * revision, apply what differs in install order, wait for the workloads, delete what the release
 * no longer renders, and mark the revision deployed. Any failure marks the revision failed and
 * leaves the objects of the previous revision in place (nothing is deleted before success).
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

    Optional<RevisionRecord> revision(int number) {
      return records.stream().filter(r -> r.revision() == number).findFirst();
    }
  }

  private final HistoryStore history;
  private final LiveObjects live;
  private final Applier applier;
  private final Readiness readiness;
  private final DeployOptions options;
  private final Clock clock;

  Reconciler(HistoryStore history, LiveObjects live, Applier applier, Readiness readiness, DeployOptions options, Clock clock) {
    this.history = history;
    this.live = live;
    this.applier = applier;
    this.readiness = readiness;
    this.options = options;
    this.clock = clock;
  }

  /** The plan of an install or upgrade to {@code desired}; reads only. */
  Plan plan(ReleaseManifest desired) {
    return prepare(desired, new History(history.list(desired.release()))).plan;
  }

  /** Installs, upgrades or rolls back to {@code desired}. */
  DeployResult run(Operation operation, ReleaseManifest desired, String description) {
    ReleaseId release = desired.release();
    History past = new History(history.list(release));
    if (operation == Operation.UPGRADE && past.records().stream().allMatch(r -> r.status() == RevisionStatus.UNINSTALLED)) {
      throw new DeployException("release " + release.name() + " is not installed in namespace " + release.namespace()
          + ": install it first");
    }
    Prepared prepared = prepare(desired, past);
    Plan plan = prepared.plan;
    emit(ProgressEvent.of(Type.PLANNED, plan.summary()));
    if (plan.hasConflicts()) {
      throw new DeployException("refusing to change objects release " + release.name() + " does not own: "
          + plan.withAction(Action.CONFLICT).stream()
              .map(c -> c.object() + " " + c.note()).collect(Collectors.joining("; ")));
    }
    Optional<RevisionRecord> deployed = past.deployed();
    if (deployed.isPresent() && past.latest().equals(deployed) && !plan.changesObjects() && !plan.valuesChanged()) {
      emit(ProgressEvent.of(Type.DONE, "no changes; revision " + deployed.get().revision() + " stays deployed"));
      return DeployResult.builder().release(release).revision(deployed.get().revision()).plan(plan).noop(true).build();
    }
    Operation effective = operation == Operation.INSTALL && deployed.isPresent() ? Operation.UPGRADE : operation;
    int revision = past.latest().map(r -> r.revision() + 1).orElse(1);
    Optional<RevisionRecord> interrupted = past.latest().filter(r -> r.status().isPending());
    if (interrupted.isPresent()) {
      history.update(ImmutableRevisionRecord.copyOf(interrupted.get()).withStatus(RevisionStatus.FAILED)
          .withDescription("Interrupted; superseded by revision " + revision));
    }
    RevisionRecord record = RevisionRecord.builder()
        .release(release)
        .revision(revision)
        .time(clock.instant())
        .chartVersion(desired.chartVersion())
        .status(effective.pending)
        .description(description.isEmpty() ? effective.pending.label() : description)
        .valuesYaml(desired.valuesYaml())
        .manifestYaml(desired.manifests().toYaml())
        .build();
    history.create(record);
    emit(ProgressEvent.of(Type.RECORDED, "revision " + revision + " " + effective.pending.label()));
    List<ObjectRef> deleted;
    try {
      apply(prepared, plan);
      if (options.waitForReady()) {
        readiness.await(release, prepared.objects);
      }
      deleted = prune(plan, prepared.live);
    } catch (RuntimeException e) {
      String reason = Retrier.summary(e);
      try {
        history.update(ImmutableRevisionRecord.copyOf(record).withStatus(RevisionStatus.FAILED).withDescription(reason));
      } catch (RuntimeException recordFailure) {
        e.addSuppressed(recordFailure);
      }
      emit(ProgressEvent.of(Type.FAILED, "revision " + revision + " failed: " + reason));
      throw new DeployException("revision " + revision + " of " + release.name() + " failed: " + reason, revision, e);
    }
    history.update(ImmutableRevisionRecord.copyOf(record).withStatus(RevisionStatus.DEPLOYED)
        .withDescription(description.isEmpty() ? effective.done : description));
    if (deployed.isPresent()) {
      history.update(ImmutableRevisionRecord.copyOf(deployed.get()).withStatus(RevisionStatus.SUPERSEDED));
    }
    trim(past, release);
    emit(ProgressEvent.of(Type.DONE, "revision " + revision + " deployed: " + plan.summary()));
    return DeployResult.builder().release(release).revision(revision).plan(plan).deleted(deleted).build();
  }

  private void apply(Prepared prepared, Plan plan) {
    for (int i = 0; i < prepared.objects.size(); i++) {
      PreparedObject object = prepared.objects.get(i);
      PlannedChange change = plan.changes().get(i);
      if (change.action() == Action.UNCHANGED) {
        emit(ProgressEvent.of(Type.UNCHANGED, object.ref(), ""));
        continue;
      }
      try {
        applier.apply(object, prepared.live.get(object.ref()));
      } catch (RuntimeException e) {
        throw new DeployException("apply " + object.ref() + ": " + Retrier.summary(e), e);
      }
      emit(ProgressEvent.of(Type.APPLIED, object.ref(), change.action() == Action.CREATE ? "created" : "changed"));
    }
  }

  private List<ObjectRef> prune(Plan plan, Map<ObjectRef, HasMetadata> liveObjects) {
    List<ObjectRef> deleted = new ArrayList<>();
    for (PlannedChange change : plan.withAction(Action.DELETE)) {
      HasMetadata object = liveObjects.get(change.object());
      if (Ownership.keepOnUninstall(object)) {
        emit(ProgressEvent.of(Type.LEFT, change.object(), "kept: annotated " + Ownership.RESOURCE_POLICY + ": keep"));
        continue;
      }
      try {
        applier.delete(object);
      } catch (RuntimeException e) {
        throw new DeployException("delete " + change.object() + ": " + Retrier.summary(e), e);
      }
      deleted.add(change.object());
      emit(ProgressEvent.of(Type.DELETED, change.object(), "no longer rendered"));
    }
    return deleted;
  }

  private void trim(History past, ReleaseId release) {
    int excess = past.records().size() + 1 - options.historyLimit();
    for (int i = 0; i < excess; i++) {
      history.delete(release, past.records().get(i).revision());
    }
  }

  private Prepared prepare(ReleaseManifest desired, History past) {
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
    Set<ListTarget> targets = new LinkedHashSet<>();
    objects.forEach(o -> targets.add(o.target()));
    ManifestSet previous = past.deployed().map(r -> ManifestCodec.parse(r.manifestYaml())).orElse(null);
    addTargets(targets, previous, release);
    past.latest().filter(r -> !past.deployed().equals(Optional.of(r)))
        .ifPresent(r -> addTargets(targets, ManifestCodec.parse(r.manifestYaml()), release));
    Map<ObjectRef, HasMetadata> liveObjects = live.all(targets);
    boolean valuesChanged = past.deployed()
        .map(r -> !r.valuesYaml().equals(desired.valuesYaml()) || !r.chartVersion().equals(desired.chartVersion()))
        .orElse(true);
    return new Prepared(objects, liveObjects, Planner.plan(release, objects, liveObjects, previous, valuesChanged));
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

  private record Prepared(List<PreparedObject> objects, Map<ObjectRef, HasMetadata> live, Plan plan) {}
}
