package ai.kubiya.runner.deployer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;

/**
 * The fallback for servers without server-side apply: {@code POST} a new object, {@code PUT} a
 * changed one with the resourceVersion of the object the ownership check saw, so the server refuses
 * the write if the object changed since. A Service keeps its allocated cluster IPs. When a write
 * loses a race (a create that finds the object, a replace whose resourceVersion is stale) the
 * object is read again and its ownership checked again before a replace carrying the new
 * resourceVersion: a create never turns into a replace of an object nobody checked.
 */
final class CreateOrReplace implements ApplyStrategy {
  private final KubernetesClient client;

  CreateOrReplace(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public HasMetadata apply(PreparedObject object, HasMetadata live) {
    if (live == null) {
      try {
        return client.resource(object.object()).create();
      } catch (KubernetesClientException e) {
        if (e.getCode() != 409) {
          throw e;
        }
        live = WriteCheck.reread(client, object, e);
      }
    }
    try {
      return client.resource(replacement(object, live)).update();
    } catch (KubernetesClientException e) {
      if (e.getCode() != 409) {
        throw e;
      }
      HasMetadata fresh = WriteCheck.reread(client, object, e);
      return client.resource(replacement(object, fresh)).update();
    }
  }

  private static HasMetadata replacement(PreparedObject object, HasMetadata live) {
    ObjectNode tree = ObjectTrees.toTree(object.object());
    tree.withObjectProperty("metadata")
        .put("resourceVersion", live.getMetadata().getResourceVersion());
    if ("Service".equals(object.ref().kind())) {
      JsonNode liveSpec = ObjectTrees.toTree(live).path("spec");
      ObjectNode spec = tree.withObjectProperty("spec");
      for (String field : new String[] {"clusterIP", "clusterIPs"}) {
        if (!spec.has(field) && liveSpec.has(field)) {
          spec.set(field, liveSpec.get(field));
        }
      }
    }
    return ObjectTrees.fromTree(tree, object.type());
  }
}
