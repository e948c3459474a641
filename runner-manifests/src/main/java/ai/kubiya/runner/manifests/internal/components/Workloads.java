package ai.kubiya.runner.manifests.internal.components;

import ai.kubiya.runner.manifests.internal.RenderContext;
import ai.kubiya.runner.model.ImageValues;
import ai.kubiya.runner.model.ProbeValues;
import ai.kubiya.runner.naming.Component;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.List;
import java.util.Map;

/** Pieces the runner's workloads share: images, probes, volumes, service accounts. */
final class Workloads {
  private Workloads() {}

  /** {@code repository:tag}. */
  static String image(ImageValues image) {
    return image.repository() + ":" + image.tag();
  }

  /**
   * The chart's HTTP liveness probe, or {@code null} when disabled. Timings absent from the values
   * are left out, as the chart's templates render only what they name.
   */
  static Probe liveness(ProbeValues probe, int port, boolean withTimeout) {
    if (!probe.enabled()) {
      return null;
    }
    // Optional's get and orElse, not map and ifPresent: a fresh JVM spins a class per lambda
    Probe p =
        Pods.httpProbe(
            probe.httpGet().isPresent() ? probe.httpGet().get().path() : "/", port, null);
    p.setInitialDelaySeconds(probe.initialDelaySeconds().orElse(null));
    p.setPeriodSeconds(probe.periodSeconds().orElse(null));
    if (withTimeout) {
      p.setTimeoutSeconds(probe.timeoutSeconds().orElse(null));
    }
    return p;
  }

  static List<Volume> volumes(List<Map<String, Object>> volumes) {
    return volumes.isEmpty() ? null : RenderContext.convertList(volumes, Volume.class);
  }

  static List<VolumeMount> mounts(List<Map<String, Object>> mounts) {
    return mounts.isEmpty() ? null : RenderContext.convertList(mounts, VolumeMount.class);
  }

  static <T> T orNull(Map<String, ?> map, Class<T> type) {
    return map.isEmpty() ? null : RenderContext.convert(map, type);
  }

  static ServiceAccount serviceAccount(ObjectMeta meta, Boolean automount) {
    ServiceAccount sa = new ServiceAccount();
    sa.setMetadata(meta);
    sa.setAutomountServiceAccountToken(automount);
    return sa;
  }

  /** A runner component's Service: one {@code http} port to the component's pods. */
  static Service httpService(
      RenderContext ctx, String name, Component component, int port, int targetPort, String type) {
    ServiceSpec spec = new ServiceSpec();
    spec.setSelector(ctx.names().componentSelectorLabels(component));
    spec.setPorts(List.of(servicePort("http", port, targetPort, null)));
    spec.setType(type);
    Service service = new Service();
    service.setMetadata(ctx.meta(name, ctx.names().componentLabels(component)));
    service.setSpec(spec);
    return service;
  }

  static ServicePort servicePort(String name, int port, int targetPort, String protocol) {
    ServicePort p = new ServicePort();
    p.setName(name);
    p.setPort(port);
    p.setTargetPort(new IntOrString(targetPort));
    p.setProtocol(protocol);
    return p;
  }

  static Map<String, String> orNullMap(Map<String, String> map) {
    return map.isEmpty() ? null : map;
  }
}
