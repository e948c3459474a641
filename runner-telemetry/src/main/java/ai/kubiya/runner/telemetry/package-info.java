/** kubiya-runner-sdk: the telemetry module. */
package ai.kubiya.runner.telemetry;
