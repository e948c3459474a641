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
  public abstract String releaseName();

  /** The namespace the runner is installed into. */
  public abstract String namespace();

  /** The values. */
  public abstract RunnerValues values();

  /** A config of these parts. */
  public static RunnerConfig of(String releaseName, String namespace, RunnerValues values) {
    return ImmutableRunnerConfig.builder()
        .releaseName(releaseName)
        .namespace(namespace)
        .values(values)
        .build();
  }

  /** A builder of {@code RunnerConfig}. */
  public static ImmutableRunnerConfig.Builder builder() {
    return ImmutableRunnerConfig.builder();
  }
}
