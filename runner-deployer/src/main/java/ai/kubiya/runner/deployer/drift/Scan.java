package ai.kubiya.runner.deployer.drift;

import ai.kubiya.runner.deployer.ObjectRef;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Map;

/** A drift report with the desired and live objects it was computed from (for healing). */
record Scan(
    DriftReport report, Map<ObjectRef, HasMetadata> desired, Map<ObjectRef, HasMetadata> live) {}
