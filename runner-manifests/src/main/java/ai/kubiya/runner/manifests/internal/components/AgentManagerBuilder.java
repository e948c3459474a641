package ai.kubiya.runner.manifests.internal.components;

import ai.kubiya.runner.manifests.internal.ComponentBuilder;
import ai.kubiya.runner.manifests.internal.RenderContext;
import ai.kubiya.runner.model.AgentManagerValues;
import ai.kubiya.runner.naming.Component;
import ai.kubiya.runner.naming.RunnerNames;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** agent-manager: Deployment, Service, ServiceAccount, Role (read pods) and RoleBinding. */
public final class AgentManagerBuilder implements ComponentBuilder {
  @Override
  public Component component() {
    return Component.AGENT_MANAGER;
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
      out.add(
          Workloads.serviceAccount(
              ctx.meta(sa, labels), v.serviceAccount().automountServiceAccountToken()));
    }
    out.add(
        Rbac.role(
            ctx.meta(role, labels),
            List.of(Rbac.rule(List.of(""), List.of("pods"), List.of("get", "list")))));
    out.add(Rbac.roleBinding(ctx.meta(role + "-binding", labels), role, sa, ctx.namespace()));
    out.add(
        Workloads.httpService(
            ctx,
            "agent-manager",
            Component.AGENT_MANAGER,
            v.service().port(),
            v.service().targetPort(),
            v.service().serviceType()));
    out.add(deployment(ctx, v, sa, labels));
    return out;
  }

  private static Deployment deployment(
      RenderContext ctx, AgentManagerValues v, String sa, Map<String, String> labels) {
    int port = v.service().targetPort();
    Container c =
        Pods.container("agent-manager", Workloads.image(v.image()), v.image().pullPolicy());
    c.setResources(RenderContext.resources(v.resources()));
    c.setEnv(ctx.env("agentManager.env", v.env()));
    c.setLivenessProbe(Workloads.liveness(v.livenessProbe(), port, true));
    c.setPorts(List.of(Pods.port(port, null)));
    c.setVolumeMounts(Workloads.mounts(v.volumeMounts()));
    PodSpec pod = Pods.podSpec(sa, List.of(c));
    pod.setNodeSelector(Workloads.orNullMap(PodExtras.nodeSelector(v.nodeSelector())));
    pod.setAffinity(Workloads.orNull(v.affinity(), Affinity.class));
    pod.setVolumes(Workloads.volumes(v.volumes()));
    return Pods.deployment(
        ctx.meta("agent-manager", labels),
        v.replicas(),
        ctx.names().componentSelectorLabels(Component.AGENT_MANAGER),
        Pods.template(
            ctx.names().componentLabels(Component.AGENT_MANAGER),
            Workloads.orNullMap(v.extraPodsAnnotations()),
            pod));
  }
}
