package ai.kubiya.runner.deployer;

import ai.kubiya.runner.deployer.PlannedChange.Action;
import ai.kubiya.runner.manifests.ManifestSet;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code uninstall} would delete, as a {@link Plan} of deletions in uninstall order; objects
 * annotated {@code helm.sh/resource-policy: keep} show as unchanged with a note. Reads only.
 */
final class UninstallPlanner {
  private final HistoryStore history;
  private final LiveObjects live;

  UninstallPlanner(HistoryStore history, LiveObjects live) {
    this.history = history;
    this.live = live;
  }

  Plan plan(ReleaseId release) {
    List<RevisionRecord> records = history.list(release);
    if (records.isEmpty()) {
      throw new DeployException(
          "release " + release.name() + " not found in namespace " + release.namespace());
    }
    Set<ListTarget> targets = new LinkedHashSet<>();
    for (RevisionRecord record : records) {
      Reconciler.addTargets(targets, ManifestCodec.parse(record.manifestYaml()), release);
    }
    List<PlannedChange> changes = new ArrayList<>();
    for (HasMetadata object :
        ManifestSet.of(live.owned(targets, release).values()).uninstallOrder()) {
      changes.add(
          Ownership.keepOnUninstall(object)
              ? ImmutablePlannedChange.builder()
                  .object(ObjectRef.of(object))
                  .action(Action.UNCHANGED)
                  .note("kept: annotated " + Ownership.RESOURCE_POLICY + ": keep")
                  .build()
              : PlannedChange.of(ObjectRef.of(object), Action.DELETE));
    }
    return Plan.builder().release(release).changes(changes).build();
  }
}
