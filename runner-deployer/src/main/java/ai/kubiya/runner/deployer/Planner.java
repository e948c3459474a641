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
   * @param valuesChanged whether the values or chart version differ from the deployed revision
   */
  static Plan plan(ReleaseId release, List<PreparedObject> desired, Map<ObjectRef, HasMetadata> live,
      ManifestSet previous, boolean valuesChanged) {
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
      changes.add(change(release, object, live.get(object.ref()), previousTrees.get(object.ref())));
    }
    List<HasMetadata> orphans = new ArrayList<>();
    for (Map.Entry<ObjectRef, HasMetadata> entry : live.entrySet()) {
      if (!rendered.contains(entry.getKey()) && Ownership.ownedBy(entry.getValue(), release)) {
        orphans.add(entry.getValue());
      }
    }
    for (HasMetadata orphan : ManifestSet.of(orphans).uninstallOrder()) {
      changes.add(PlannedChange.of(ObjectRef.of(orphan), Action.DELETE));
    }
    return Plan.builder().release(release).changes(changes).valuesChanged(valuesChanged).build();
  }

  private static PlannedChange change(ReleaseId release, PreparedObject object, HasMetadata live, JsonNode previous) {
    if (live == null) {
      return PlannedChange.of(object.ref(), Action.CREATE);
    }
    if (!Ownership.ownedBy(live, release)) {
      return ImmutablePlannedChange.builder()
          .object(object.ref())
          .action(Action.CONFLICT)
          .note(Ownership.describeOwner(live))
          .build();
    }
    JsonNode liveTree = ObjectTrees.toTree(live);
    List<FieldChange> fields = TreeDiff.changes(object.ref().kind(), object.desired(), liveTree, previous);
    boolean sameDigest = object.digest().equals(Ownership.appliedDigest(live));
    if (sameDigest && TreeDiff.contains(object.ref().kind(), liveTree, object.desired())) {
      return PlannedChange.of(object.ref(), Action.UNCHANGED);
    }
    if (fields.isEmpty()) {
      fields = List.of(FieldChange.of("metadata.annotations[" + Ownership.DIGEST_ANNOTATION + "]",
          Optional.ofNullable(Ownership.appliedDigest(live)), Optional.of(object.digest())));
    }
    return PlannedChange.of(object.ref(), Action.UPDATE, fields);
  }
}
