/**
 * The live remote-write preflight: sends one real sample (protobuf {@code WriteRequest}, snappy) to
 * where a runner's values point, after fetching an OAuth2 token when configured, and classifies any
 * failure without printing a secret.
 */
@ai.kubiya.runner.model.RunnerStyle
package ai.kubiya.runner.deployer.preflight;
