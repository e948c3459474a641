package ai.kubiya.runner.deployer;

import ai.kubiya.runner.deployer.ProgressEvent.Type;
import ai.kubiya.runner.deployer.UninstallResult.Leftover;
import ai.kubiya.runner.manifests.ManifestSet;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deletes a release's objects in reverse kind order, under the release's lock. Only objects that
 * some revision recorded and that still carry the release's labels are deleted; a recorded object
 * whose labels were removed, and a labelled object no revision recorded, are listed as left.
 * History is kept (the latest revision marked uninstalled) unless purged.
 */
final class Uninstaller {
  private final HistoryStore history;
  private final LiveObjects live;
  private final Applier applier;
  private final ReleaseLocks locks;
  private final ProgressListener listener;

  Uninstaller(
      HistoryStore history,
      LiveObjects live,
      Applier applier,
      ReleaseLocks locks,
      ProgressListener listener) {
    this.history = history;
    this.live = live;
    this.applier = applier;
    this.locks = locks;
    this.listener = listener;
  }

  UninstallResult uninstall(ReleaseId release, boolean keepHistory) {
    try (ReleaseLocks.Held held = locks.lockRelease(release)) {
      return uninstall(release, keepHistory, held);
    }
  }

  private UninstallResult uninstall(
      ReleaseId release, boolean keepHistory, ReleaseLocks.Held held) {
    List<HistoryStore.Stored> records = history.read(release);
    if (records.isEmpty()) {
      throw new DeployException(
          "release " + release.name() + " not found in namespace " + release.namespace());
    }
    Set<ListTarget> targets = new LinkedHashSet<>();
    Set<ObjectRef> recorded = new LinkedHashSet<>();
    for (HistoryStore.Stored record : records) {
      ManifestSet manifests = ManifestCodec.parse(record.record().manifestYaml());
      Reconciler.addTargets(targets, manifests, release);
      manifests.forEach(o -> recorded.add(PreparedObject.of(o, release).ref()));
    }
    if (targets.stream().anyMatch(t -> t.namespace() == null)) {
      held.lockClusterObjects();
    }
    Map<ObjectRef, HasMetadata> all = live.all(targets);
    List<Leftover> left = new ArrayList<>();
    List<HasMetadata> owned = new ArrayList<>();
    for (HasMetadata object : all.values()) {
      ObjectRef ref = ObjectRef.of(object);
      boolean mine = Ownership.ownedBy(object, release);
      if (mine && recorded.contains(ref)) {
        owned.add(object);
      } else if (mine) {
        leave(left, ref, "carries the release's labels but no revision recorded it; not deleted");
      } else if (recorded.contains(ref) && !Ownership.hasReleaseLabels(object)) {
        leave(
            left,
            ref,
            "recorded by the release but its release labels were removed; not deleted,"
                + " delete it by hand if it is this release's");
      }
    }
    List<ObjectRef> deleted = new ArrayList<>();
    for (HasMetadata object : ManifestSet.of(owned).uninstallOrder()) {
      ObjectRef ref = ObjectRef.of(object);
      if (Ownership.keepOnUninstall(object)) {
        leave(left, ref, "annotated " + Ownership.RESOURCE_POLICY + ": keep");
        continue;
      }
      held.check("deleting " + ref);
      try {
        applier.delete(object, fresh -> Ownership.mayDelete(fresh, release));
      } catch (RuntimeException e) {
        throw new DeployException(
            "delete "
                + ref
                + ": "
                + Retrier.summary(e)
                + " ("
                + deleted.size()
                + " objects deleted so far; uninstall again to finish)",
            e);
      }
      deleted.add(ref);
      listener.onEvent(ProgressEvent.of(Type.DELETED, ref, "uninstalled"));
    }
    HistoryStore.Stored latest = records.get(records.size() - 1);
    held.check("writing the history");
    if (keepHistory) {
      history.update(
          latest,
          ImmutableRevisionRecord.copyOf(latest.record())
              .withStatus(RevisionStatus.UNINSTALLED)
              .withDescription("Uninstallation complete"));
      left.add(
          Leftover.of(
              records.size()
                  + " revision records (Secrets "
                  + HistoryStore.secretName(release, 0).replaceAll("0$", "*")
                  + ")",
              "history kept; uninstall with purge to delete it"));
      left.add(
          Leftover.of(
              "Lease/" + ReleaseLocks.leaseName(release),
              "the release's lock, kept with its history; uninstall with purge to delete it"));
    } else {
      for (HistoryStore.Stored record : records) {
        history.delete(release, record.revision());
      }
      held.deleteReleaseLeaseOnClose(); // nothing of the release is left for it to guard
    }
    left.add(Leftover.of("Namespace/" + release.namespace(), "uninstall never deletes namespaces"));
    listener.onEvent(
        ProgressEvent.of(
            Type.DONE,
            "uninstalled " + release.name() + ": " + deleted.size() + " objects deleted"));
    return UninstallResult.builder()
        .release(release)
        .deleted(deleted)
        .left(left)
        .historyKept(keepHistory)
        .build();
  }

  private void leave(List<Leftover> left, ObjectRef ref, String reason) {
    left.add(Leftover.of(ref.toString(), reason));
    listener.onEvent(ProgressEvent.of(Type.LEFT, ref, reason));
  }
}
