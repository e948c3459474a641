/** kubiya-runner-sdk: the model module. */
@RunnerStyle
package ai.kubiya.runner.model;
