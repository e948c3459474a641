/**
 * Remote-write targets of the runner's pipeline (Azure Managed Prometheus, basic auth, bearer
 * token), as configuration: URLs and secrets are environment variable names. The live preflight is
 * in {@code ai.kubiya.runner.deployer.preflight}.
 */
package ai.kubiya.runner.telemetry.alloy.remotewrite;
