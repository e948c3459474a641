package ai.kubiya.runner.deployer;

import ai.kubiya.runner.deployer.ProgressEvent.Type;
import ai.kubiya.runner.deployer.UninstallResult.Leftover;
import ai.kubiya.runner.manifests.ManifestSet;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Deletes a release's objects in reverse kind order. Only objects carrying the release's labels
 * are deleted; the kinds looked at are those of every recorded revision. History is kept (the
 * latest revision marked uninstalled) unless purged.
 */
final class Uninstaller {
  private final HistoryStore history;
  private final LiveObjects live;
  private final Applier applier;
  private final ProgressListener listener;

  Uninstaller(HistoryStore history, LiveObjects live, Applier applier, ProgressListener listener) {
    this.history = history;
    this.live = live;
    this.applier = applier;
    this.listener = listener;
  }

  UninstallResult uninstall(ReleaseId release, boolean keepHistory) {
    List<RevisionRecord> records = history.list(release);
    if (records.isEmpty()) {
      throw new DeployException("release " + release.name() + " not found in namespace " + release.namespace());
    }
    Set<ListTarget> targets = new LinkedHashSet<>();
    for (RevisionRecord record : records) {
      Reconciler.addTargets(targets, ManifestCodec.parse(record.manifestYaml()), release);
    }
    List<HasMetadata> owned = ManifestSet.of(live.owned(targets, release).values()).uninstallOrder();
    List<ObjectRef> deleted = new ArrayList<>();
    List<Leftover> left = new ArrayList<>();
    for (HasMetadata object : owned) {
      ObjectRef ref = ObjectRef.of(object);
      if (Ownership.keepOnUninstall(object)) {
        left.add(Leftover.of(ref.toString(), "annotated " + Ownership.RESOURCE_POLICY + ": keep"));
        listener.onEvent(ProgressEvent.of(Type.LEFT, ref, "annotated " + Ownership.RESOURCE_POLICY + ": keep"));
        continue;
      }
      try {
        applier.delete(object);
      } catch (RuntimeException e) {
        throw new DeployException("delete " + ref + ": " + Retrier.summary(e)
            + " (" + deleted.size() + " objects deleted so far; uninstall again to finish)", e);
      }
      deleted.add(ref);
      listener.onEvent(ProgressEvent.of(Type.DELETED, ref, "uninstalled"));
    }
    RevisionRecord latest = records.get(records.size() - 1);
    if (keepHistory) {
      history.update(ImmutableRevisionRecord.copyOf(latest).withStatus(RevisionStatus.UNINSTALLED)
          .withDescription("Uninstallation complete"));
      left.add(Leftover.of(records.size() + " revision records (Secrets " + HistoryStore.secretName(release, 0)
              .replaceAll("0$", "*") + ")", "history kept; uninstall with purge to delete it"));
    } else {
      for (RevisionRecord record : records) {
        history.delete(release, record.revision());
      }
    }
    left.add(Leftover.of("Namespace/" + release.namespace(), "uninstall never deletes namespaces"));
    listener.onEvent(ProgressEvent.of(Type.DONE, "uninstalled " + release.name() + ": " + deleted.size() + " objects deleted"));
    return UninstallResult.builder().release(release).deleted(deleted).left(left).historyKept(keepHistory).build();
  }
}
