/**
 * Drift: what changed on the cluster behind the SDK's back, compared with the deployed revision,
 * and healing it ({@link ai.kubiya.runner.deployer.drift.DriftDetector} once, {@link
 * ai.kubiya.runner.deployer.drift.RunnerReconciler} continuously).
 */
@ai.kubiya.runner.model.RunnerStyle
package ai.kubiya.runner.deployer.drift;
