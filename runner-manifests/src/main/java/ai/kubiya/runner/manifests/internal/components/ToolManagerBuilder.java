package ai.kubiya.runner.manifests.internal.components;

import ai.kubiya.runner.manifests.internal.ComponentBuilder;
import ai.kubiya.runner.manifests.internal.RenderContext;
import ai.kubiya.runner.model.SdkServerValues;
import ai.kubiya.runner.model.ToolManagerValues;
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

/**
 * tool-manager with its sdk-server sidecar: Deployment, Service, ServiceAccount, a namespace Role
 * and RoleBinding, the cluster-wide PVC ClusterRole and binding, and with {@code
 * toolManager.adminClusterRole.create} a full-access ClusterRole and binding.
 */
public final class ToolManagerBuilder implements ComponentBuilder {
  @Override
  public Component component() {
    return Component.TOOL_MANAGER;
  }

  @Override
  public List<HasMetadata> build(RenderContext ctx) {
    ToolManagerValues v = ctx.values().toolManager();
    RunnerNames names = ctx.names();
    Map<String, String> labels = names.componentLabels(Component.TOOL_MANAGER);
    String sa = names.serviceAccount(Component.TOOL_MANAGER);
    String prefix = names.name() + "-tool-manager";
    String ns = ctx.namespace();
    List<HasMetadata> out = new ArrayList<>();
    if (v.serviceAccount().create()) {
      out.add(
          Workloads.serviceAccount(
              ctx.meta(sa, labels), v.serviceAccount().automountServiceAccountToken()));
    }
    List<String> nsVerbs = List.of("get", "list", "create");
    out.add(
        Rbac.role(
            ctx.meta(prefix + "-namespace-scope", labels),
            List.of(
                Rbac.rule(
                    List.of(""),
                    List.of("pods", "secrets", "deployments", "pvcs", "services"),
                    nsVerbs),
                Rbac.rule(List.of("apps"), List.of("pods", "secrets", "deployments"), nsVerbs))));
    out.add(
        Rbac.roleBinding(
            ctx.meta(prefix + "-namespace-scope-binding", labels),
            prefix + "-namespace-scope",
            sa,
            ns));
    out.add(
        Rbac.clusterRole(
            ctx.clusterMeta(prefix + "-cluster-pvc-access", labels),
            List.of(
                Rbac.rule(
                    List.of(""),
                    List.of("persistentvolumes", "persistentvolumeclaims"),
                    List.of("create", "get", "list", "delete", "patch", "update")))));
    out.add(
        Rbac.clusterRoleBinding(
            ctx.clusterMeta(prefix + "-cluster-pvc-access-binding", labels),
            ctx.clusterName(prefix + "-cluster-pvc-access"),
            sa,
            ns));
    if (v.adminClusterRole().create()) {
      out.add(
          Rbac.clusterRole(
              ctx.clusterMeta(prefix + "-fullaccess", labels),
              List.of(Rbac.rule(List.of("*"), List.of("*"), List.of("*")))));
      out.add(
          Rbac.clusterRoleBinding(
              ctx.clusterMeta(prefix + "-fullaccess-binding", labels),
              ctx.clusterName(prefix + "-fullaccess"),
              sa,
              ns));
    }
    out.add(
        Workloads.httpService(
            ctx,
            "tool-manager",
            Component.TOOL_MANAGER,
            v.service().port(),
            v.containerPort(),
            v.service().type()));
    out.add(deployment(ctx, v, sa, labels));
    return out;
  }

  private static Deployment deployment(
      RenderContext ctx, ToolManagerValues v, String sa, Map<String, String> labels) {
    PodSpec pod = Pods.podSpec(sa, List.of(toolManager(ctx, v), sdkServer(ctx, v.sdkServer())));
    pod.setNodeSelector(Workloads.orNullMap(PodExtras.nodeSelector(v.nodeSelector())));
    pod.setAffinity(Workloads.orNull(v.affinity(), Affinity.class));
    pod.setVolumes(Workloads.volumes(v.volumes()));
    return Pods.deployment(
        ctx.meta("tool-manager", labels),
        v.replicas(),
        ctx.names().componentSelectorLabels(Component.TOOL_MANAGER),
        Pods.template(
            ctx.names().componentLabels(Component.TOOL_MANAGER),
            Workloads.orNullMap(v.extraPodsAnnotations()),
            pod));
  }

  private static Container toolManager(RenderContext ctx, ToolManagerValues v) {
    Container c =
        Pods.container("tool-manager", Workloads.image(v.image()), v.image().pullPolicy());
    c.setResources(RenderContext.resources(v.resources()));
    c.setCommand(v.command().isEmpty() ? null : v.command());
    c.setEnv(ctx.env("toolManager.env", v.env()));
    c.setPorts(List.of(Pods.port(v.containerPort(), null)));
    c.setVolumeMounts(Workloads.mounts(v.volumeMounts()));
    c.setLivenessProbe(Workloads.liveness(v.livenessProbe(), v.service().targetPort(), false));
    return c;
  }

  private static Container sdkServer(RenderContext ctx, SdkServerValues v) {
    Container c =
        Pods.container("kubiya-sdk-server", Workloads.image(v.image()), v.image().pullPolicy());
    c.setResources(RenderContext.resources(v.resources()));
    c.setCommand(v.command().isEmpty() ? null : v.command());
    c.setEnv(ctx.env("toolManager.sdkServer.env", v.env()));
    c.setPorts(List.of(Pods.port(v.containerPort(), null)));
    c.setVolumeMounts(Workloads.mounts(v.volumeMounts()));
    c.setLivenessProbe(Workloads.liveness(v.livenessProbe(), v.containerPort(), true));
    return c;
  }
}
