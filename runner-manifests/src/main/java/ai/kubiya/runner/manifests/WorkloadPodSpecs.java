package ai.kubiya.runner.manifests;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** Copies a workload with a changed pod spec. */
final class WorkloadPodSpecs {
  private WorkloadPodSpecs() {}

  static HasMetadata customize(HasMetadata object, UnaryOperator<PodSpec> change) {
    if (object instanceof Deployment) {
      Deployment d = (Deployment) object;
      return d.getSpec() == null || !has(d.getSpec().getTemplate())
          ? object
          : new DeploymentBuilder(d)
              .editSpec()
              .withTemplate(changed(d.getSpec().getTemplate(), change))
              .endSpec()
              .build();
    }
    if (object instanceof DaemonSet) {
      DaemonSet d = (DaemonSet) object;
      return d.getSpec() == null || !has(d.getSpec().getTemplate())
          ? object
          : new DaemonSetBuilder(d)
              .editSpec()
              .withTemplate(changed(d.getSpec().getTemplate(), change))
              .endSpec()
              .build();
    }
    if (object instanceof StatefulSet) {
      StatefulSet s = (StatefulSet) object;
      return s.getSpec() == null || !has(s.getSpec().getTemplate())
          ? object
          : new StatefulSetBuilder(s)
              .editSpec()
              .withTemplate(changed(s.getSpec().getTemplate(), change))
              .endSpec()
              .build();
    }
    if (object instanceof Job) {
      Job j = (Job) object;
      return j.getSpec() == null || !has(j.getSpec().getTemplate())
          ? object
          : new JobBuilder(j)
              .editSpec()
              .withTemplate(changed(j.getSpec().getTemplate(), change))
              .endSpec()
              .build();
    }
    if (object instanceof CronJob) {
      CronJob c = (CronJob) object;
      if (c.getSpec() == null
          || c.getSpec().getJobTemplate() == null
          || c.getSpec().getJobTemplate().getSpec() == null
          || !has(c.getSpec().getJobTemplate().getSpec().getTemplate())) {
        return object;
      }
      PodTemplateSpec template = c.getSpec().getJobTemplate().getSpec().getTemplate();
      return new CronJobBuilder(c)
          .editSpec()
          .editJobTemplate()
          .editSpec()
          .withTemplate(changed(template, change))
          .endSpec()
          .endJobTemplate()
          .endSpec()
          .build();
    }
    return object;
  }

  private static boolean has(PodTemplateSpec template) {
    return template != null && template.getSpec() != null;
  }

  private static PodTemplateSpec changed(PodTemplateSpec template, UnaryOperator<PodSpec> change) {
    PodSpec spec =
        Objects.requireNonNull(
            change.apply(new PodSpecBuilder(template.getSpec()).build()),
            "a podSpec customizer returned null");
    PodTemplateSpec copy = new PodTemplateSpec();
    copy.setMetadata(template.getMetadata());
    copy.setSpec(spec);
    return copy;
  }
}
