package ai.kubiya.runner.deployer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;

/**
 * The fallback for servers without server-side apply: {@code POST} a new object, {@code PUT} a
 * changed one with the live resourceVersion. A Service keeps its allocated cluster IPs. A create
 * that finds the object already there (a retried or raced create) turns into a replace; a replace
 * that loses a resourceVersion race reads the object again and replaces once more.
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
        live = client.resource(object.object()).get();
        if (live == null) {
          throw e;
        }
      }
    }
    try {
      return client.resource(replacement(object, live)).update();
    } catch (KubernetesClientException e) {
      if (e.getCode() != 409) {
        throw e;
      }
      HasMetadata fresh = client.resource(object.object()).get();
      if (fresh == null) {
        return client.resource(object.object()).create();
      }
      return client.resource(replacement(object, fresh)).update();
    }
  }

  private static HasMetadata replacement(PreparedObject object, HasMetadata live) {
    ObjectNode tree = ObjectTrees.toTree(object.object());
    tree.withObjectProperty("metadata").put("resourceVersion", live.getMetadata().getResourceVersion());
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
