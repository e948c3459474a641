package ai.kubiya.runner.manifests;

import ai.kubiya.runner.manifests.internal.ComponentBuilder;
import ai.kubiya.runner.manifests.internal.RenderContext;
import ai.kubiya.runner.manifests.internal.components.AgentManagerBuilder;
import ai.kubiya.runner.manifests.internal.components.AlloyBuilder;
import ai.kubiya.runner.manifests.internal.components.AlloyConfigBuilder;
import ai.kubiya.runner.manifests.internal.components.DaggerBuilder;
import ai.kubiya.runner.manifests.internal.components.ImageUpdaterBuilder;
import ai.kubiya.runner.manifests.internal.components.KubeStateMetricsBuilder;
import ai.kubiya.runner.manifests.internal.components.KubiyaOperatorBuilder;
import ai.kubiya.runner.manifests.internal.components.SharedSecretsBuilder;
import ai.kubiya.runner.manifests.internal.components.ToolManagerBuilder;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.validation.Finding;
import ai.kubiya.runner.model.validation.RunnerValidator;
import ai.kubiya.runner.model.validation.ValidationReport;
import ai.kubiya.runner.naming.ClusterScopedNames;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry point of rendering: every Kubernetes object chart 0.6.2 installs for a config, as
 * fabric8 model objects in a {@link ManifestSet}.
 *
 * <pre>{@code
 * ManifestSet set = RunnerManifests.of(config)
 *     .customize(
 *         ManifestCustomizer.ofType(Deployment.class, d -> d).onlyFor(Component.TOOL_MANAGER))
 *     .build();
 * System.out.print(set.toYaml());
 * }</pre>
 *
 * <p>{@link #build()} validates the config first and throws {@link InvalidConfigException} on any
 * error, so no partial output is ever produced. Builders are not thread-safe; make one per render
 * (they are cheap). The built set is immutable.
 */
public final class RunnerManifests {
  private static final List<ComponentBuilder> BUILDERS =
      List.of(
          new SharedSecretsBuilder(),
          new KubiyaOperatorBuilder(),
          new AgentManagerBuilder(),
          new ToolManagerBuilder(),
          new ImageUpdaterBuilder(),
          new AlloyConfigBuilder(),
          new DaggerBuilder(),
          new KubeStateMetricsBuilder(),
          new AlloyBuilder());

  private final RunnerConfig config;
  private final List<ManifestCustomizer> customizers = new ArrayList<>();
  private RunnerValidator validator = RunnerValidator.standard();
  private boolean validate = true;
  private ClusterScopedNames clusterScopedNames = ClusterScopedNames.CHART;

  private RunnerManifests(RunnerConfig config) {
    this.config = config;
  }

  /** Manifests of this config. */
  public static RunnerManifests of(RunnerConfig config) {
    return new RunnerManifests(config);
  }

  /** Adds a customizer; customizers run in the order added, after every builder. */
  public RunnerManifests customize(ManifestCustomizer customizer) {
    customizers.add(customizer);
    return this;
  }

  /** Validates with this validator instead of {@link RunnerValidator#standard()}. */
  public RunnerManifests validator(RunnerValidator validator) {
    this.validator = validator;
    return this;
  }

  /**
   * How cluster-scoped objects are named: {@link ClusterScopedNames#CHART} (the default) keeps
   * chart 0.6.2's fixed names, one runner per cluster; {@link ClusterScopedNames#RELEASE} names
   * every ClusterRole and ClusterRoleBinding per release and namespace, bindings following, so
   * several runners share a cluster (an opt-in divergence, see docs/divergences.md).
   */
  public RunnerManifests clusterScopedNames(ClusterScopedNames mode) {
    this.clusterScopedNames = java.util.Objects.requireNonNull(mode, "mode");
    return this;
  }

  /** Skips validation: for callers that validated already (a fleet render loop). */
  public RunnerManifests skipValidation() {
    this.validate = false;
    return this;
  }

  /**
   * Builds every object.
   *
   * @throws InvalidConfigException when validation finds an error, or a templated value cannot be
   *     rendered
   */
  public ManifestSet build() {
    if (validate) {
      ValidationReport report = validator.validate(config);
      if (report.hasErrors()) {
        throw new InvalidConfigException(report);
      }
    }
    RenderContext context = RenderContext.of(config, clusterScopedNames);
    List<HasMetadata> objects = new ArrayList<>();
    for (ComponentBuilder builder : BUILDERS) {
      for (HasMetadata object : builder.build(context)) {
        HasMetadata customized = object;
        for (ManifestCustomizer customizer : customizers) {
          if (customized != null) {
            customized = customizer.customize(builder.component(), customized);
          }
        }
        if (customized != null) {
          objects.add(customized);
        }
      }
    }
    if (validate) {
      // names come from many values; checked on what was built, so no bad name reaches a file
      List<Finding> names = ObjectNameCheck.findings(objects, config.values().toMap());
      if (!names.isEmpty()) {
        throw new InvalidConfigException(ValidationReport.of(names));
      }
    }
    return ManifestSet.of(objects);
  }
}
