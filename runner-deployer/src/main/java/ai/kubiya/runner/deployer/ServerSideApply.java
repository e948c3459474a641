package ai.kubiya.runner.deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NamespaceableResource;

/**
 * Server-side apply: one {@code PATCH} with {@code application/apply-patch+yaml} per object. An
 * object that exists is applied with the resourceVersion the ownership check saw, which the API
 * server enforces as a precondition; on a 409 that is not a field-manager conflict the object is
 * read again, its ownership checked again, and the apply sent with the new resourceVersion. A new
 * object is applied without one (apply has no "must not exist" precondition; the release and
 * cluster-objects locks close that window between SDK runners).
 */
final class ServerSideApply implements ApplyStrategy {
  private final KubernetesClient client;
  private final String fieldManager;
  private final boolean forceConflicts;

  ServerSideApply(KubernetesClient client, String fieldManager, boolean forceConflicts) {
    this.client = client;
    this.fieldManager = fieldManager;
    this.forceConflicts = forceConflicts;
  }

  @Override
  public HasMetadata apply(PreparedObject object, HasMetadata live) {
    try {
      return send(object, live);
    } catch (KubernetesClientException e) {
      if (e.getCode() != 409 || live == null || Retrier.isFieldConflict(e)) {
        throw e;
      }
      return send(object, WriteCheck.reread(client, object, e));
    }
  }

  private HasMetadata send(PreparedObject object, HasMetadata live) {
    HasMetadata body = object.object();
    if (live != null) {
      body = ObjectTrees.fromTree(ObjectTrees.toTree(body), object.type());
      body.getMetadata().setResourceVersion(live.getMetadata().getResourceVersion());
    }
    NamespaceableResource<HasMetadata> resource = client.resource(body);
    return forceConflicts
        ? resource.fieldManager(fieldManager).forceConflicts().serverSideApply()
        : resource.fieldManager(fieldManager).serverSideApply();
  }
}
