/**
 * Machine-readable output of the deployer's results: {@link
 * ai.kubiya.runner.deployer.output.DeployerJson}.
 */
package ai.kubiya.runner.deployer.output;
