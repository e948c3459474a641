/**
 * Static checks of Alloy pipelines with positioned findings: {@link
 * ai.kubiya.runner.telemetry.alloy.check.PipelineChecks}.
 */
package ai.kubiya.runner.telemetry.alloy.check;
