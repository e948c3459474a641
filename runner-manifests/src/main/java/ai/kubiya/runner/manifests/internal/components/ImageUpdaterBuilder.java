package ai.kubiya.runner.manifests.internal.components;

import ai.kubiya.runner.manifests.internal.ComponentBuilder;
import ai.kubiya.runner.manifests.internal.RenderContext;
import ai.kubiya.runner.model.ImageUpdaterValues;
import ai.kubiya.runner.naming.Component;
import ai.kubiya.runner.naming.RunnerNames;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobSpec;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpec;
import io.fabric8.kubernetes.api.model.batch.v1.JobTemplateSpec;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * image-updater: the CronJob that upgrades the release to the newest chart, with its
 * ServiceAccount, Role and RoleBinding (only with {@code imageUpdater.cronJob.create}) and its
 * ClusterRole and binding (always, as the chart does).
 */
public final class ImageUpdaterBuilder implements ComponentBuilder {
  private static final String SCRIPT = loadScript();
  private static final List<String> ALL = List.of("*");

  @Override
  public Component component() {
    return Component.IMAGE_UPDATER;
  }

  @Override
  public List<HasMetadata> build(RenderContext ctx) {
    ImageUpdaterValues v = ctx.values().imageUpdater();
    RunnerNames names = ctx.names();
    Map<String, String> labels = names.componentLabels(Component.IMAGE_UPDATER);
    String sa = names.serviceAccount(Component.IMAGE_UPDATER);
    String prefix = names.name() + "-image-updater";
    List<String> crud = List.of("create", "get", "list", "delete", "patch", "update");
    List<HasMetadata> out = new ArrayList<>();
    if (v.cronJob().create()) {
      if (v.serviceAccount().create()) {
        out.add(
            Workloads.serviceAccount(
                ctx.meta(sa, labels), v.serviceAccount().automountServiceAccountToken()));
      }
      out.add(Rbac.role(ctx.meta(prefix, labels), namespaceRules()));
      out.add(Rbac.roleBinding(ctx.meta(prefix + "-binding", labels), prefix, sa, ctx.namespace()));
      out.add(cronJob(ctx, v, sa, labels));
    }
    out.add(
        Rbac.clusterRole(
            ctx.clusterMeta(prefix + "-clusterrole", labels),
            List.of(
                Rbac.rule(
                    List.of(""), List.of("persistentvolumes", "persistentvolumeclaims"), crud),
                Rbac.rule(
                    List.of("rbac.authorization.k8s.io"),
                    List.of("clusterroles", "clusterrolebindings"),
                    crud))));
    // The chart labels this binding as tool-manager's; kept for parity.
    out.add(
        Rbac.clusterRoleBinding(
            ctx.clusterMeta(
                prefix + "-clusterrolebinding", names.componentLabels(Component.TOOL_MANAGER)),
            ctx.clusterName(prefix + "-clusterrole"),
            sa,
            ctx.namespace()));
    return out;
  }

  private static List<PolicyRule> namespaceRules() {
    return List.of(
        Rbac.rule(ALL, ALL, ALL),
        Rbac.rule(List.of(""), ALL, ALL),
        Rbac.rule(List.of("batch"), ALL, ALL),
        Rbac.rule(List.of("rbac.authorization.k8s.io"), ALL, ALL),
        Rbac.rule(List.of("apps"), List.of("deployments", "daemonsets"), List.of("get", "patch")),
        Rbac.rule(List.of("", "rbac.authorization.k8s.io"), ALL, ALL));
  }

  private static CronJob cronJob(
      RenderContext ctx, ImageUpdaterValues v, String sa, Map<String, String> labels) {
    String script =
        SCRIPT.replace("{{RELEASE}}", ctx.release()).replace("{{NAMESPACE}}", ctx.namespace());
    Container c =
        Pods.container("image-updater", Workloads.image(v.image()), v.image().pullPolicy());
    c.setCommand(List.of("/bin/bash"));
    c.setArgs(List.of("-c", script));
    PodSecurityContext security = new PodSecurityContext();
    security.setRunAsUser(0L);
    security.setRunAsGroup(0L);
    PodSpec pod = Pods.podSpec(sa, List.of(c));
    pod.setSecurityContext(security);
    pod.setRestartPolicy("OnFailure");
    JobSpec job = new JobSpec();
    job.setTemplate(
        Pods.template(ctx.names().componentSelectorLabels(Component.IMAGE_UPDATER), null, pod));
    ObjectMeta jobMeta = new ObjectMeta();
    jobMeta.setLabels(ctx.names().componentLabels(Component.IMAGE_UPDATER));
    JobTemplateSpec jobTemplate = new JobTemplateSpec();
    jobTemplate.setMetadata(jobMeta);
    jobTemplate.setSpec(job);
    CronJobSpec spec = new CronJobSpec();
    spec.setSuccessfulJobsHistoryLimit(v.cronJob().successfulJobsHistoryLimit());
    spec.setFailedJobsHistoryLimit(v.cronJob().failedJobsHistoryLimit());
    spec.setSchedule(v.cronJob().schedule());
    spec.setSuspend(v.cronJob().suspend());
    spec.setJobTemplate(jobTemplate);
    CronJob cronJob = new CronJob();
    cronJob.setMetadata(ctx.meta(ctx.names().fullname() + "-helm-updater", labels));
    cronJob.setSpec(spec);
    return cronJob;
  }

  private static String loadScript() {
    try (InputStream in =
        ImageUpdaterBuilder.class.getResourceAsStream(
            "/ai/kubiya/runner/manifests/image-updater.sh")) {
      if (in == null) {
        throw new IllegalStateException("missing image-updater.sh resource");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
