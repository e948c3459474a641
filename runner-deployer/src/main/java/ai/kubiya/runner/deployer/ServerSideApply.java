package ai.kubiya.runner.deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.NamespaceableResource;

/** Server-side apply: one {@code PATCH} with {@code application/apply-patch+yaml} per object. */
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
    NamespaceableResource<HasMetadata> resource = client.resource(object.object());
    return forceConflicts
        ? resource.fieldManager(fieldManager).forceConflicts().serverSideApply()
        : resource.fieldManager(fieldManager).serverSideApply();
  }
}
