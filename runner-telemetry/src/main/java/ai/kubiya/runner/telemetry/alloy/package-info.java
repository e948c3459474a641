/** Value types of ai.kubiya.runner.telemetry.alloy. */
@ai.kubiya.runner.model.RunnerStyle
package ai.kubiya.runner.telemetry.alloy;
