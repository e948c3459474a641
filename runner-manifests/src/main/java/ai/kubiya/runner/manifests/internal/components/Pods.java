package ai.kubiya.runner.manifests.internal.components;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentSpec;
import java.util.List;
import java.util.Map;

/**
 * Factories of the workload objects the builders assemble, as plain fabric8 model objects.
 *
 * <p>The builders construct model objects directly rather than through fabric8's fluent builders:
 * those copy every nested object they are handed and allocate some thirty times more (about 70 KB
 * for a small Deployment), which made them most of a render's cost. Users' customizers are free to
 * use the fluent builders on the results.
 */
final class Pods {
  private Pods() {}

  static Container container(String name, String image, String pullPolicy) {
    Container c = new Container();
    c.setName(name);
    c.setImage(image);
    c.setImagePullPolicy(pullPolicy);
    return c;
  }

  static ContainerPort port(int containerPort, String name) {
    ContainerPort port = new ContainerPort();
    port.setContainerPort(containerPort);
    port.setName(name);
    return port;
  }

  static VolumeMount mount(String name, String mountPath, String subPath) {
    VolumeMount mount = new VolumeMount();
    mount.setName(name);
    mount.setMountPath(mountPath);
    mount.setSubPath(subPath);
    return mount;
  }

  static Probe httpProbe(String path, int port, String scheme) {
    HTTPGetAction get = new HTTPGetAction();
    get.setPath(path);
    get.setPort(new IntOrString(port));
    get.setScheme(scheme);
    Probe probe = new Probe();
    probe.setHttpGet(get);
    return probe;
  }

  static PodTemplateSpec template(
      Map<String, String> labels, Map<String, String> annotations, PodSpec spec) {
    ObjectMeta meta = new ObjectMeta();
    meta.setLabels(labels);
    meta.setAnnotations(annotations == null || annotations.isEmpty() ? null : annotations);
    PodTemplateSpec template = new PodTemplateSpec();
    template.setMetadata(meta);
    template.setSpec(spec);
    return template;
  }

  /**
   * Sets the pod's {@code tolerations}, {@code nodeSelector} and {@code affinity} from the subchart
   * values a template copies with {@code toYaml} ({@code section} names them in errors); {@code
   * keys} says which of the three the subchart's template reads.
   */
  static void scheduling(PodSpec pod, Map<String, Object> extras, String section, String... keys) {
    for (String key : keys) {
      Object raw = extras.get(key);
      if (raw == null
          || (raw instanceof Map && ((Map<?, ?>) raw).isEmpty())
          || (raw instanceof List && ((List<?>) raw).isEmpty())) {
        continue;
      }
      try {
        switch (key) {
          case "tolerations":
            pod.setTolerations(Scheduling.tolerations(raw));
            break;
          case "nodeSelector":
            pod.setNodeSelector(Scheduling.nodeSelector(raw));
            break;
          case "affinity":
            pod.setAffinity(Scheduling.MAPPER.convertValue(raw, Affinity.class));
            break;
          default:
            throw new IllegalStateException("unknown scheduling key " + key);
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            section + "." + key + ": not a valid " + key + " value", null);
      }
    }
  }

  static PodSpec podSpec(String serviceAccount, List<Container> containers) {
    PodSpec spec = new PodSpec();
    spec.setServiceAccountName(serviceAccount);
    spec.setContainers(containers);
    return spec;
  }

  static Deployment deployment(
      ObjectMeta meta, Integer replicas, Map<String, String> selector, PodTemplateSpec template) {
    DeploymentSpec spec = new DeploymentSpec();
    spec.setReplicas(replicas);
    spec.setSelector(selector(selector));
    spec.setTemplate(template);
    Deployment deployment = new Deployment();
    deployment.setMetadata(meta);
    deployment.setSpec(spec);
    return deployment;
  }

  static DaemonSet daemonSet(
      ObjectMeta meta, Map<String, String> selector, PodTemplateSpec template) {
    DaemonSetSpec spec = new DaemonSetSpec();
    spec.setSelector(selector(selector));
    spec.setTemplate(template);
    DaemonSet daemonSet = new DaemonSet();
    daemonSet.setMetadata(meta);
    daemonSet.setSpec(spec);
    return daemonSet;
  }

  static LabelSelector selector(Map<String, String> matchLabels) {
    LabelSelector selector = new LabelSelector();
    selector.setMatchLabels(matchLabels);
    return selector;
  }

  /** The mapper of scheduling settings (tolerations, affinity), made when a pod sets one. */
  private static final class Scheduling {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Scheduling() {}

    // the type references are made here: verifying a method that names them loads Jackson's types
    static List<Toleration> tolerations(Object raw) {
      return MAPPER.convertValue(raw, new TypeReference<List<Toleration>>() {});
    }

    static Map<String, String> nodeSelector(Object raw) {
      return MAPPER.convertValue(raw, new TypeReference<Map<String, String>>() {});
    }
  }
}
