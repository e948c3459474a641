package ai.kubiya.runner.deployer;

import ai.kubiya.runner.deployer.PlannedChange.Action;
import ai.kubiya.runner.manifests.ManifestSet;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Computes a {@link Plan} from desired objects and live ones, without any request. */
final class Planner {
  private Planner() {}

  /**
   * The plan.
   *
   * @param desired the prepared desired objects, in install order
   * @param live every listed object of the relevant kinds, keyed by reference
   * @param previous the manifest last applied to the release, or null, for removed-field diffs
   * @param recorded the objects recorded by the revisions since the last successful one: the only
   *     objects no longer rendered that may be deleted
   * @param valuesChanged whether the values or chart version differ from the deployed revision
   */
  static Plan plan(
      ReleaseId release,
      List<PreparedObject> desired,
      Map<ObjectRef, HasMetadata> live,
      ManifestSet previous,
      Set<ObjectRef> recorded,
      boolean valuesChanged) {
    Map<ObjectRef, JsonNode> previousTrees = new HashMap<>();
    if (previous != null) {
      for (HasMetadata object : previous) {
        PreparedObject prepared = PreparedObject.of(object, release);
        previousTrees.put(prepared.ref(), prepared.desired());
      }
    }
    List<PlannedChange> changes = new ArrayList<>();
    Set<ObjectRef> rendered = new HashSet<>();
    for (PreparedObject object : desired) {
      rendered.add(object.ref());
      changes.add(
          change(
              release,
              object,
              live.get(object.ref()),
              previousTrees.get(object.ref()),
              recorded.contains(object.ref())));
    }
    List<HasMetadata> orphans = new ArrayList<>();
    for (Map.Entry<ObjectRef, HasMetadata> entry : live.entrySet()) {
      if (!rendered.contains(entry.getKey()) && Ownership.ownedBy(entry.getValue(), release)) {
        orphans.add(entry.getValue());
      }
    }
    for (HasMetadata orphan : ManifestSet.of(orphans).uninstallOrder()) {
      ObjectRef ref = ObjectRef.of(orphan);
      if (Ownership.keepOnUninstall(orphan)) {
        changes.add(leave(ref, "annotated " + Ownership.RESOURCE_POLICY + ": keep"));
      } else if (recorded.contains(ref)) {
        changes.add(PlannedChange.of(ref, Action.DELETE));
      } else {
        changes.add(
            leave(
                ref,
                "carries the release's labels but no revision since the last successful one"
                    + " recorded it; never deleted, remove it by hand if it is not wanted"));
      }
    }
    return Plan.builder().release(release).changes(changes).valuesChanged(valuesChanged).build();
  }

  private static PlannedChange leave(ObjectRef ref, String note) {
    return ImmutablePlannedChange.builder().object(ref).action(Action.LEAVE).note(note).build();
  }

  private static PlannedChange change(
      ReleaseId release,
      PreparedObject object,
      HasMetadata live,
      JsonNode previous,
      boolean recorded) {
    if (live == null) {
      return PlannedChange.of(object.ref(), Action.CREATE);
    }
    if (!Ownership.ownedBy(live, release)) {
      String note = Ownership.describeOwner(live);
      if (recorded && !Ownership.hasReleaseLabels(live)) {
        note +=
            ", although the history of release "
                + release.name()
                + " records it: if it is this release's"
                + " and its labels were removed by hand, restore them with kubectl label "
                + object.ref().kind().toLowerCase(java.util.Locale.ROOT)
                + " "
                + object.ref().name()
                + object.ref().namespace().map(n -> " -n " + n).orElse("")
                + " "
                + Ownership.RELEASE_LABEL
                + "="
                + release.name()
                + " "
                + Ownership.NAMESPACE_LABEL
                + "="
                + release.namespace();
      }
      return ImmutablePlannedChange.builder()
          .object(object.ref())
          .action(Action.CONFLICT)
          .note(note)
          .build();
    }
    JsonNode liveTree = ObjectTrees.toTree(live);
    List<FieldChange> fields =
        TreeDiff.changes(object.ref().kind(), object.desired(), liveTree, previous);
    boolean sameDigest = object.digest().equals(Ownership.appliedDigest(live));
    if (sameDigest && TreeDiff.contains(object.ref().kind(), liveTree, object.desired())) {
      return PlannedChange.of(object.ref(), Action.UNCHANGED);
    }
    if (fields.isEmpty()) {
      fields =
          List.of(
              FieldChange.of(
                  "metadata.annotations[" + Ownership.DIGEST_ANNOTATION + "]",
                  Optional.ofNullable(Ownership.appliedDigest(live)),
                  Optional.of(object.digest())));
    }
    return PlannedChange.of(object.ref(), Action.UPDATE, fields);
  }
}
