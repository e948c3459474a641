package ai.kubiya.runner.deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;

/**
 * The ownership check at write time: after a write lost a race (409), the object is read again and
 * must still carry the release's labels before it is written with its new resourceVersion.
 */
final class WriteCheck {
  private WriteCheck() {}

  /**
   * The object as it is now, checked to belong to the release the desired object is stamped for.
   *
   * @param conflict the 409 that made the read necessary, rethrown when the object is gone
   * @throws DeployException when the object now belongs to someone else
   */
  static HasMetadata reread(
      KubernetesClient client, PreparedObject object, KubernetesClientException conflict) {
    HasMetadata fresh = client.resource(object.object()).get();
    if (fresh == null) {
      throw conflict;
    }
    if (!Ownership.sameRelease(fresh, object.object())) {
      String release = object.object().getMetadata().getLabels().get(Ownership.RELEASE_LABEL);
      throw new DeployException(
          "refusing to change objects release "
              + release
              + " does not own: "
              + object.ref()
              + " "
              + Ownership.describeOwner(fresh)
              + " (it changed after the plan; found when writing it)");
    }
    return fresh;
  }
}
