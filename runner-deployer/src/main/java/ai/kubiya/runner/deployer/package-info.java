/** kubiya-runner-sdk: the deployer module. */
@ai.kubiya.runner.model.RunnerStyle
package ai.kubiya.runner.deployer;
