package ai.kubiya.runner.manifests.internal.components;

import ai.kubiya.runner.manifests.internal.ComponentBuilder;
import ai.kubiya.runner.manifests.internal.RenderContext;
import ai.kubiya.runner.model.KubiyaOperatorValues;
import ai.kubiya.runner.naming.Component;
import ai.kubiya.runner.naming.RunnerNames;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * kubiya-operator: Deployment, ServiceAccount, and a Role in the runner's namespace (full access
 * there with {@code kubiyaOperator.fullAccess}) with its RoleBinding. Nothing when {@code
 * kubiyaOperator.create} is false.
 */
public final class KubiyaOperatorBuilder implements ComponentBuilder {
  @Override
  public Component component() {
    return Component.KUBIYA_OPERATOR;
  }

  @Override
  public List<HasMetadata> build(RenderContext ctx) {
    KubiyaOperatorValues v = ctx.values().kubiyaOperator();
    if (!v.create()) {
      return List.of();
    }
    RunnerNames names = ctx.names();
    String sa = names.serviceAccount(Component.KUBIYA_OPERATOR);
    String role = names.name() + "-operator";
    List<HasMetadata> out = new ArrayList<>();
    if (v.serviceAccount().create()) {
      out.add(
          Workloads.serviceAccount(
              ctx.meta(sa, names.componentLabels("operator")),
              v.serviceAccount().automountServiceAccountToken()));
    }
    out.add(
        Rbac.role(
            ctx.meta(role, names.componentLabels(Component.KUBIYA_OPERATOR)),
            rules(v.fullAccess())));
    out.add(
        Rbac.roleBinding(
            ctx.meta(role + "-binding", names.componentLabels(Component.KUBIYA_OPERATOR)),
            role,
            sa,
            ctx.namespace()));
    out.add(deployment(ctx, v, sa));
    return out;
  }

  private static List<PolicyRule> rules(boolean fullAccess) {
    List<PolicyRule> rules = new ArrayList<>();
    rules.add(Rbac.rule(List.of(""), List.of("pods", "services"), List.of("get", "list", "watch")));
    rules.add(
        Rbac.rule(
            List.of("apps"),
            List.of("deployments"),
            List.of("get", "list", "watch", "update", "patch")));
    if (fullAccess) {
      rules.add(Rbac.rule(List.of("*"), List.of("*"), List.of("*")));
    }
    return rules;
  }

  private static Deployment deployment(RenderContext ctx, KubiyaOperatorValues v, String sa) {
    RunnerNames names = ctx.names();
    Map<String, String> labels = names.componentLabels(Component.KUBIYA_OPERATOR);
    Container c =
        Pods.container("kubiya-operator", Workloads.image(v.image()), v.image().pullPolicy());
    c.setResources(RenderContext.resources(v.resources()));
    c.setEnv(ctx.env("kubiyaOperator.env", v.env()));
    c.setLivenessProbe(Workloads.liveness(v.livenessProbe(), v.ports().containerPort(), true));
    c.setVolumeMounts(Workloads.mounts(v.volumeMounts()));
    PodSpec pod = Pods.podSpec(sa, List.of(c));
    pod.setVolumes(Workloads.volumes(v.volumes()));
    return Pods.deployment(
        ctx.meta("kubiya-operator", labels),
        v.replicas(),
        names.componentSelectorLabels(Component.KUBIYA_OPERATOR),
        Pods.template(names.componentLabels(Component.KUBIYA_OPERATOR), null, pod));
  }
}
