/**
 * Image updates from a stable-versions document: {@link
 * ai.kubiya.runner.deployer.images.ImageUpdateChecker} reads it over HTTP (OkHttp) and plans the
 * tag changes an upgrade applies.
 */
@ai.kubiya.runner.model.RunnerStyle
package ai.kubiya.runner.deployer.images;
