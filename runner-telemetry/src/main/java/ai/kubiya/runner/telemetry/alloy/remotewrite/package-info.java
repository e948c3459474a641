/**
 * Remote-write targets of the runner's pipeline (Azure Managed Prometheus, basic auth, bearer
 * token) and the live remote-write preflight.
 */
package ai.kubiya.runner.telemetry.alloy.remotewrite;
