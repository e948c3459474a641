package ai.kubiya.runner.deployer;

import ai.kubiya.runner.manifests.ManifestSet;
import ai.kubiya.runner.manifests.RunnerManifests;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.template.ChartInfo;
import ai.kubiya.runner.naming.ClusterScopedNames;
import org.immutables.value.Value;

/**
 * What a release should look like: its identity, the objects to put on the cluster and the values
 * document they were rendered from (kept in the release history, like Helm's stored values).
 *
 * <pre>{@code
 * ReleaseManifest desired = ReleaseManifest.render(config);
 * // or, with objects built or customized by hand:
 * ReleaseManifest desired = ReleaseManifest.builder()
 *     .release(ReleaseId.of("deployment-x", "kubiya"))
 *     .manifests(RunnerManifests.of(config).build())
 *     .valuesYaml(config.values().toValuesYaml())
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ReleaseManifest {
  /** The chart version the SDK is at parity with, recorded in each revision. */
  public static final String CHART_VERSION = ChartInfo.VERSION;

  /** The release. */
  public abstract ReleaseId release();

  /** The objects, in install order. */
  public abstract ManifestSet manifests();

  /** The values document; may hold secrets, so it never appears in {@code toString()}. */
  @Value.Redacted
  @Value.Default
  public String valuesYaml() {
    return "";
  }

  /** The chart-equivalent version recorded in the history. Default {@value #CHART_VERSION}. */
  @Value.Default
  public String chartVersion() {
    return CHART_VERSION;
  }

  /**
   * The runner of a config: its release identity, the objects {@link RunnerManifests} renders
   * (validated) and its values document.
   *
   * @throws ai.kubiya.runner.manifests.InvalidConfigException when the config does not validate
   */
  public static ReleaseManifest render(RunnerConfig config) {
    return of(config, RunnerManifests.of(config).build());
  }

  /**
   * The runner of a config with its cluster-scoped objects named as {@code mode} says ({@link
   * ClusterScopedNames#RELEASE} for several runners per cluster).
   *
   * @throws ai.kubiya.runner.manifests.InvalidConfigException when the config does not validate
   */
  public static ReleaseManifest render(RunnerConfig config, ClusterScopedNames mode) {
    return of(config, RunnerManifests.of(config).clusterScopedNames(mode).build());
  }

  /** A config's release identity and values with objects rendered (or customized) elsewhere. */
  public static ReleaseManifest of(RunnerConfig config, ManifestSet manifests) {
    return builder()
        .release(ReleaseId.of(config.release(), config.namespace()))
        .manifests(manifests)
        .valuesYaml(config.values().toValuesYaml())
        .build();
  }

  /** A builder. */
  public static ImmutableReleaseManifest.Builder builder() {
    return ImmutableReleaseManifest.builder();
  }
}
