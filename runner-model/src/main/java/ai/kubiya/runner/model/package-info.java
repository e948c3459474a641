/** kubiya-runner-sdk: the model module. */
package ai.kubiya.runner.model;
