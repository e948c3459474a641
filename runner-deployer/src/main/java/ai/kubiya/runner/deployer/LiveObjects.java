package ai.kubiya.runner.deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.FilterWatchListDeletable;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads live objects with one list request per kind and namespace. Release history records are
 * never part of what it returns.
 */
final class LiveObjects {
  private final KubernetesClient client;
  private final Retrier retrier;

  LiveObjects(KubernetesClient client, Retrier retrier) {
    this.client = client;
    this.retrier = retrier;
  }

  /** Every object of the targets, whoever owns it (to find name clashes), keyed by reference. */
  Map<ObjectRef, HasMetadata> all(Collection<ListTarget> targets) {
    return read(targets, null);
  }

  /** The objects of the targets that carry this release's labels. */
  Map<ObjectRef, HasMetadata> owned(Collection<ListTarget> targets, ReleaseId release) {
    return read(targets, release);
  }

  private Map<ObjectRef, HasMetadata> read(Collection<ListTarget> targets, ReleaseId release) {
    Map<ObjectRef, HasMetadata> live = new LinkedHashMap<>();
    for (ListTarget target : targets) {
      for (HasMetadata item : list(target, release).getItems()) {
        live.put(ObjectRef.of(item), item);
      }
    }
    return live;
  }

  private <T extends HasMetadata> KubernetesResourceList<T> list(
      ListTarget target, ReleaseId release) {
    @SuppressWarnings("unchecked")
    Class<T> type = (Class<T>) target.type();
    var resources = client.resources(type);
    FilterWatchListDeletable<T, ? extends KubernetesResourceList<T>, Resource<T>> scoped =
        target.namespace() == null ? resources : resources.inNamespace(target.namespace());
    FilterWatchListDeletable<T, ? extends KubernetesResourceList<T>, Resource<T>> filtered =
        release == null
            ? scoped.withoutLabel(HistoryStore.RELEASE_LABEL)
            : scoped.withLabels(Ownership.selector(release));
    String what =
        "list "
            + type.getSimpleName()
            + (target.namespace() == null ? "" : " in " + target.namespace());
    return retrier.call(what, filtered::list);
  }
}
