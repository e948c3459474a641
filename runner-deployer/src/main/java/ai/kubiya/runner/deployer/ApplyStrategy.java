package ai.kubiya.runner.deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** One way of writing a desired object to the cluster; one request in the normal case. */
interface ApplyStrategy {
  /**
   * Writes the object and returns what the server stored.
   *
   * @param object the prepared object
   * @param live the object as last listed, or null when it did not exist
   */
  HasMetadata apply(PreparedObject object, HasMetadata live);
}
