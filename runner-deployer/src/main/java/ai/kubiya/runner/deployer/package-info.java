/** kubiya-runner-sdk: the deployer module. */
package ai.kubiya.runner.deployer;
