package ai.kubiya.runner.manifests.components;

import ai.kubiya.runner.manifests.RenderContext;
import ai.kubiya.runner.model.ImageValues;
import ai.kubiya.runner.model.ProbeValues;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import ai.kubiya.runner.naming.Component;
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
    ProbeBuilder b =
        new ProbeBuilder()
            .withNewHttpGet()
            .withPath(probe.httpGet().map(h -> h.path()).orElse("/"))
            .withPort(new IntOrString(port))
            .endHttpGet();
    probe.initialDelaySeconds().ifPresent(b::withInitialDelaySeconds);
    probe.periodSeconds().ifPresent(b::withPeriodSeconds);
    if (withTimeout) {
      probe.timeoutSeconds().ifPresent(b::withTimeoutSeconds);
    }
    return b.build();
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
  static Service httpService(RenderContext ctx, String name, Component component, int port, int targetPort, String type) {
    return new ServiceBuilder()
        .withMetadata(ctx.meta(name, ctx.names().componentLabels(component)))
        .withNewSpec()
        .withSelector(ctx.names().componentSelectorLabels(component))
        .addNewPort()
        .withName("http")
        .withPort(port)
        .withTargetPort(new IntOrString(targetPort))
        .endPort()
        .withType(type)
        .endSpec()
        .build();
  }

  static Map<String, String> orNullMap(Map<String, String> map) {
    return map.isEmpty() ? null : map;
  }
}
