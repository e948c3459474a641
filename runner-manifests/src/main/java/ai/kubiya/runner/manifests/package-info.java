/** kubiya-runner-sdk: the manifests module. */
package ai.kubiya.runner.manifests;
