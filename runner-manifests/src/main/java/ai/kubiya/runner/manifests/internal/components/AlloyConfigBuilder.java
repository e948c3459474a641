package ai.kubiya.runner.manifests.internal.components;

import ai.kubiya.runner.manifests.internal.ComponentBuilder;
import ai.kubiya.runner.manifests.internal.RenderContext;
import ai.kubiya.runner.naming.Component;
import ai.kubiya.runner.telemetry.alloy.RunnerPipeline;
import ai.kubiya.runner.telemetry.alloy.RunnerPipelineSettings;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;

/** The ConfigMap {@code kubiya-runner-alloy-config} holding the runner's Alloy pipeline. */
public final class AlloyConfigBuilder implements ComponentBuilder {
  @Override
  public Component component() {
    return Component.ALLOY_CONFIG;
  }

  @Override
  public List<HasMetadata> build(RenderContext ctx) {
    if (!ctx.values().alloy().enabled()) {
      return List.of();
    }
    ConfigMap configMap = new ConfigMap();
    configMap.setMetadata(ctx.meta(RunnerPipeline.CONFIG_MAP_NAME, ctx.names().commonLabels()));
    configMap.setData(
        Map.of(
            RunnerPipeline.CONFIG_KEY,
            RunnerPipeline.render(RunnerPipelineSettings.of(ctx.config()))));
    return List.of(configMap);
  }
}
