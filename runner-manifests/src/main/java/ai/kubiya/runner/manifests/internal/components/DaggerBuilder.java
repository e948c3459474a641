package ai.kubiya.runner.manifests.internal.components;

import ai.kubiya.runner.manifests.internal.ComponentBuilder;
import ai.kubiya.runner.manifests.internal.RenderContext;
import ai.kubiya.runner.model.DaggerEngineValues;
import ai.kubiya.runner.model.DaggerValues;
import ai.kubiya.runner.model.template.Sha256Sum;
import ai.kubiya.runner.naming.Component;
import ai.kubiya.runner.naming.SubchartNames;
import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapVolumeSource;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.HostPathVolumeSource;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dagger engine, as the dagger-helm 0.3.0 subchart renders it: ServiceAccount, engine
 * ConfigMap, a privileged DaemonSet whose pods roll when the engine config changes ({@code
 * checksum/config}), and the headless Service tool-manager reaches the engine through.
 */
public final class DaggerBuilder implements ComponentBuilder {
  static final String CHART = "dagger";
  static final String CHART_VERSION = "0.3.0";
  static final String APP_VERSION = "v0.3.0";
  private static final String CONFIG_KEY = "engine.toml";

  @Override
  public Component component() {
    return Component.DAGGER_ENGINE;
  }

  @Override
  public List<HasMetadata> build(RenderContext ctx) {
    DaggerValues v = ctx.values().dagger();
    if (!v.enabled()) {
      return List.of();
    }
    SubchartNames names = ctx.names().dagger();
    Map<String, String> labels = labels(ctx, names, v.engine());
    List<HasMetadata> out = new ArrayList<>();
    if (v.engine().newServiceAccount().create()) {
      HasMetadata sa = Workloads.serviceAccount(ctx.meta(names.fullname(), labels), null);
      sa.getMetadata().setNamespace(null);
      out.add(sa);
    }
    String config = v.engine().config();
    if (!config.isEmpty()) {
      ConfigMap configMap = new ConfigMap();
      configMap.setMetadata(ctx.meta(names.fullname() + "-engine-config", labels));
      configMap.setData(Map.of(CONFIG_KEY, config));
      out.add(configMap);
    }
    if (v.additionalResources().service().create()) {
      out.add(service(ctx, v, names, labels));
    }
    out.add(daemonSet(ctx, v, names, labels));
    return out;
  }

  static Map<String, String> labels(
      RenderContext ctx, SubchartNames names, DaggerEngineValues engine) {
    Map<String, String> labels =
        SubchartLabels.of(ctx, names, CHART, CHART_VERSION, APP_VERSION, names.name());
    labels.putAll(engine.labels());
    return labels;
  }

  private static Service service(
      RenderContext ctx, DaggerValues v, SubchartNames names, Map<String, String> labels) {
    Map<String, String> selector = new LinkedHashMap<>();
    selector.put("app.kubernetes.io/name", names.name());
    selector.putAll(v.engine().labels());
    int port = v.additionalResources().service().port();
    ServiceSpec spec = new ServiceSpec();
    spec.setClusterIP("None");
    spec.setSelector(selector);
    spec.setPorts(List.of(Workloads.servicePort("dagger", port, port, "TCP")));
    Service service = new Service();
    service.setMetadata(ctx.meta(v.additionalResources().service().name(), labels));
    service.setSpec(spec);
    return service;
  }

  private static DaemonSet daemonSet(
      RenderContext ctx, DaggerValues v, SubchartNames names, Map<String, String> labels) {
    String engineName = names.fullname() + "-engine";
    Map<String, String> podLabels = new LinkedHashMap<>();
    podLabels.put("name", engineName);
    podLabels.putAll(labels);
    DaggerEngineValues engine = v.engine();
    String postfix = ctx.tpl("dagger.volumeMountsPostfix", v.volumeMountsPostfix());
    String suffix = postfix.isEmpty() ? "" : "-" + postfix;
    Map<String, String> annotations = new LinkedHashMap<>();
    if (!engine.config().isEmpty()) {
      annotations.put("checksum/config", sha256(engine.config()));
    }
    Capabilities capabilities = new Capabilities();
    capabilities.setAdd(List.of("ALL"));
    SecurityContext privileged = new SecurityContext();
    privileged.setPrivileged(true);
    privileged.setCapabilities(capabilities);
    Container c =
        Pods.container("dagger-engine", engine.image().ref(), engine.image().pullPolicy());
    c.setArgs(engine.args().isEmpty() ? null : engine.args());
    c.setSecurityContext(privileged);
    c.setResources(RenderContext.resources(engine.resources()));
    c.setReadinessProbe(readiness(engine.readinessProbe()));
    c.setVolumeMounts(
        List.of(
            Pods.mount("varlibdagger", "/var/lib/dagger" + suffix, null),
            Pods.mount("varrundagger", "/var/run/buildkit" + suffix, null),
            Pods.mount("dagger-engine-config", "/etc/dagger/engine.toml", CONFIG_KEY)));
    PodSecurityContext podSecurity = new PodSecurityContext();
    podSecurity.setRunAsUser(0L);
    podSecurity.setRunAsGroup(1001L);
    podSecurity.setFsGroup(1001L);
    podSecurity.setFsGroupChangePolicy("OnRootMismatch");
    PodSpec pod = Pods.podSpec(ctx.names().serviceAccount(Component.DAGGER_ENGINE), List.of(c));
    Pods.scheduling(pod, engine.extras(), "dagger.engine", "tolerations", "affinity");
    pod.setSecurityContext(podSecurity);
    pod.setTerminationGracePeriodSeconds((long) engine.terminationGracePeriodSeconds());
    ConfigMapVolumeSource configSource = new ConfigMapVolumeSource();
    configSource.setName(names.fullname() + "-engine-config");
    configSource.setItems(List.of(new KeyToPath(CONFIG_KEY, null, CONFIG_KEY)));
    Volume configVolume = new Volume();
    configVolume.setName("dagger-engine-config");
    configVolume.setConfigMap(configSource);
    pod.setVolumes(
        List.of(
            hostPath("varlibdagger", "/var/lib/dagger"),
            hostPath("varrundagger", "/var/run/dagger"),
            configVolume));
    return Pods.daemonSet(
        ctx.meta(engineName, labels),
        Map.of("name", engineName),
        Pods.template(podLabels, annotations, pod));
  }

  private static Volume hostPath(String name, String path) {
    HostPathVolumeSource source = new HostPathVolumeSource();
    source.setPath(path);
    Volume volume = new Volume();
    volume.setName(name);
    volume.setHostPath(source);
    return volume;
  }

  /** The subchart's readiness timings with the values' probe merged over them. */
  private static Probe readiness(Map<String, Object> fromValues) {
    Map<String, Object> probe = new LinkedHashMap<>();
    probe.put("failureThreshold", 10);
    probe.put("initialDelaySeconds", 5);
    probe.put("periodSeconds", 15);
    probe.put("successThreshold", 1);
    probe.put("timeoutSeconds", 14);
    probe.putAll(fromValues);
    return RenderContext.convert(probe, Probe.class);
  }

  /** The last text hashed and its hash: a fleet's runners mostly share the engine config. */
  private static volatile String[] lastHash;

  static String sha256(String text) {
    String[] last = lastHash;
    if (last != null && last[0].equals(text)) {
      return last[1];
    }
    String hash = Sha256Sum.of(text);
    lastHash = new String[] {text, hash};
    return hash;
  }
}
