package ai.kubiya.runner.deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * One list request: a kind (by its fabric8 model class) in a namespace, or cluster-wide when {@code
 * namespace} is null.
 */
record ListTarget(Class<? extends HasMetadata> type, String namespace) {}
