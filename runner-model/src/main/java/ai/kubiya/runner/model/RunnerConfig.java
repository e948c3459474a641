package ai.kubiya.runner.model;

import org.immutables.value.Value;

/**
 * Everything a runner is rendered from: the release name, the namespace, and the values.
 *
 * <pre>{@code
 * RunnerConfig config = RunnerConfig.of("demo", "kubiya", RunnerValues.defaults());
 * RunnerConfig loaded = RunnerConfigLoader.create()
 *     .release("demo").namespace("kubiya")
 *     .valuesFile(Path.of("overrides.yaml"))
 *     .set("agentManager.replicas=3")
 *     .load();
 * }</pre>
 */
@Value.Immutable
public abstract class RunnerConfig {
  /** The Helm release name (by default also the runner name). */
  public abstract String release();

  /**
   * The release name.
   *
   * @deprecated use {@link #release()}, the name the loader, the render context and the deployer
   *     use
   */
  @Deprecated(forRemoval = true)
  public final String releaseName() {
    return release();
  }

  /** The namespace the runner is installed into. */
  public abstract String namespace();

  /** The values. */
  public abstract RunnerValues values();

  /** A config of these parts. */
  public static RunnerConfig of(String release, String namespace, RunnerValues values) {
    return ImmutableRunnerConfig.builder()
        .release(release)
        .namespace(namespace)
        .values(values)
        .build();
  }

  /** A builder of {@code RunnerConfig}. */
  public static ImmutableRunnerConfig.Builder builder() {
    return ImmutableRunnerConfig.builder();
  }
}
