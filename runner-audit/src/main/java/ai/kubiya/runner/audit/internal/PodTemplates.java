package ai.kubiya.runner.audit.internal;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.ReplicationController;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The pod a workload runs: its template's metadata and spec, for every kind that has one. */
public final class PodTemplates {
  /** A pod template: metadata (annotations) and spec. */
  public record Template(ObjectMeta metadata, PodSpec spec) {
    /** Init and regular containers (and ephemeral ones, as containers), init first. */
    public List<Container> allContainers() {
      List<Container> all = new ArrayList<>();
      if (spec.getInitContainers() != null) {
        all.addAll(spec.getInitContainers());
      }
      if (spec.getContainers() != null) {
        all.addAll(spec.getContainers());
      }
      return all;
    }

    /** The pod template's annotations, never null. */
    public Map<String, String> annotations() {
      return metadata == null || metadata.getAnnotations() == null
          ? Map.of()
          : metadata.getAnnotations();
    }
  }

  private PodTemplates() {}

  /** The pod template of a workload, or empty for objects that run no pods. */
  public static Optional<Template> of(HasMetadata o) {
    if (o instanceof Pod p) {
      return spec(p.getMetadata(), p.getSpec());
    }
    if (o instanceof Deployment d) {
      return d.getSpec() == null ? Optional.empty() : template(d.getSpec().getTemplate());
    }
    if (o instanceof DaemonSet d) {
      return d.getSpec() == null ? Optional.empty() : template(d.getSpec().getTemplate());
    }
    if (o instanceof StatefulSet s) {
      return s.getSpec() == null ? Optional.empty() : template(s.getSpec().getTemplate());
    }
    if (o instanceof ReplicaSet r) {
      return r.getSpec() == null ? Optional.empty() : template(r.getSpec().getTemplate());
    }
    if (o instanceof ReplicationController r) {
      return r.getSpec() == null ? Optional.empty() : template(r.getSpec().getTemplate());
    }
    if (o instanceof Job j) {
      return j.getSpec() == null ? Optional.empty() : template(j.getSpec().getTemplate());
    }
    if (o instanceof CronJob c) {
      if (c.getSpec() == null
          || c.getSpec().getJobTemplate() == null
          || c.getSpec().getJobTemplate().getSpec() == null) {
        return Optional.empty();
      }
      return template(c.getSpec().getJobTemplate().getSpec().getTemplate());
    }
    return Optional.empty();
  }

  private static Optional<Template> template(PodTemplateSpec t) {
    return t == null ? Optional.empty() : spec(t.getMetadata(), t.getSpec());
  }

  private static Optional<Template> spec(ObjectMeta meta, PodSpec spec) {
    return spec == null ? Optional.empty() : Optional.of(new Template(meta, spec));
  }
}
