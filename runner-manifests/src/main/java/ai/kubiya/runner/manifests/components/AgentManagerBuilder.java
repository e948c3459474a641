package ai.kubiya.runner.manifests.components;

import ai.kubiya.runner.manifests.ComponentBuilder;
import ai.kubiya.runner.manifests.ManifestComponent;
import ai.kubiya.runner.manifests.RenderContext;
import ai.kubiya.runner.model.AgentManagerValues;
import ai.kubiya.runner.naming.Component;
import ai.kubiya.runner.naming.RunnerNames;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** agent-manager: Deployment, Service, ServiceAccount, Role (read pods) and RoleBinding. */
public final class AgentManagerBuilder implements ComponentBuilder {
  @Override
  public ManifestComponent component() {
    return ManifestComponent.AGENT_MANAGER;
  }

  @Override
  public List<HasMetadata> build(RenderContext ctx) {
    AgentManagerValues v = ctx.values().agentManager();
    RunnerNames names = ctx.names();
    Map<String, String> labels = names.componentLabels(Component.AGENT_MANAGER);
    String sa = names.serviceAccount(Component.AGENT_MANAGER);
    String role = names.name() + "-agent-manager";
    List<HasMetadata> out = new ArrayList<>();
    if (v.serviceAccount().create()) {
      out.add(Workloads.serviceAccount(ctx.meta(sa, labels), v.serviceAccount().automountServiceAccountToken()));
    }
    out.add(Rbac.role(ctx.meta(role, labels), List.of(Rbac.rule(List.of(""), List.of("pods"), List.of("get", "list")))));
    out.add(Rbac.roleBinding(ctx.meta(role + "-binding", labels), role, sa, ctx.namespace()));
    out.add(Workloads.httpService(ctx, "agent-manager", Component.AGENT_MANAGER, v.service().port(), v.service().targetPort(), v.service().serviceType()));
    out.add(deployment(ctx, v, sa, labels));
    return out;
  }

  private static Deployment deployment(RenderContext ctx, AgentManagerValues v, String sa, Map<String, String> labels) {
    int port = v.service().targetPort();
    return new DeploymentBuilder()
        .withMetadata(ctx.meta("agent-manager", labels))
        .withNewSpec()
        .withReplicas(v.replicas())
        .withNewSelector()
        .withMatchLabels(ctx.names().componentSelectorLabels(Component.AGENT_MANAGER))
        .endSelector()
        .withNewTemplate()
        .withNewMetadata()
        .withAnnotations(Workloads.orNullMap(v.extraPodsAnnotations()))
        .withLabels(labels)
        .endMetadata()
        .withNewSpec()
        .withNodeSelector(Workloads.orNullMap(PodExtras.nodeSelector(v.nodeSelector())))
        .withAffinity(Workloads.orNull(v.affinity(), Affinity.class))
        .withServiceAccountName(sa)
        .addNewContainer()
        .withName("agent-manager")
        .withImage(Workloads.image(v.image()))
        .withImagePullPolicy(v.image().pullPolicy())
        .withResources(RenderContext.resources(v.resources()))
        .withEnv(ctx.env("agentManager.env", v.env()))
        .withLivenessProbe(Workloads.liveness(v.livenessProbe(), port, true))
        .addNewPort()
        .withContainerPort(port)
        .endPort()
        .withVolumeMounts(Workloads.mounts(v.volumeMounts()))
        .endContainer()
        .withVolumes(Workloads.volumes(v.volumes()))
        .endSpec()
        .endTemplate()
        .endSpec()
        .build();
  }
}
