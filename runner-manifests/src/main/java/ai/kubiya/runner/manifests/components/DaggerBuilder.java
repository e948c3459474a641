package ai.kubiya.runner.manifests.components;

import ai.kubiya.runner.manifests.ComponentBuilder;
import ai.kubiya.runner.manifests.ManifestComponent;
import ai.kubiya.runner.manifests.RenderContext;
import ai.kubiya.runner.model.DaggerEngineValues;
import ai.kubiya.runner.model.DaggerValues;
import ai.kubiya.runner.naming.RunnerNames;
import ai.kubiya.runner.naming.SubchartNames;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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
  public ManifestComponent component() {
    return ManifestComponent.DAGGER;
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
      out.add(
          new ConfigMapBuilder()
              .withMetadata(ctx.meta(names.fullname() + "-engine-config", labels))
              .withData(Map.of(CONFIG_KEY, config))
              .build());
    }
    if (v.additionalResources().service().create()) {
      out.add(service(ctx, v, names, labels));
    }
    out.add(daemonSet(ctx, v, names, labels));
    return out;
  }

  static Map<String, String> labels(RenderContext ctx, SubchartNames names, DaggerEngineValues engine) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("helm.sh/chart", RunnerNames.chartLabel(CHART, CHART_VERSION));
    labels.put("app.kubernetes.io/name", names.name());
    labels.put("app.kubernetes.io/instance", ctx.release());
    labels.put("app.kubernetes.io/version", APP_VERSION);
    labels.put("app.kubernetes.io/managed-by", RunnerNames.MANAGED_BY);
    labels.put("app.kubernetes.io/part-of", names.name());
    labels.putAll(engine.labels());
    return labels;
  }

  private static Service service(RenderContext ctx, DaggerValues v, SubchartNames names, Map<String, String> labels) {
    Map<String, String> selector = new LinkedHashMap<>();
    selector.put("app.kubernetes.io/name", names.name());
    selector.putAll(v.engine().labels());
    int port = v.additionalResources().service().port();
    return new ServiceBuilder()
        .withMetadata(ctx.meta(v.additionalResources().service().name(), labels))
        .withNewSpec()
        .withClusterIP("None")
        .withSelector(selector)
        .addNewPort()
        .withName("dagger")
        .withPort(port)
        .withTargetPort(new IntOrString(port))
        .withProtocol("TCP")
        .endPort()
        .endSpec()
        .build();
  }

  private static DaemonSet daemonSet(RenderContext ctx, DaggerValues v, SubchartNames names, Map<String, String> labels) {
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
    return new DaemonSetBuilder()
        .withMetadata(ctx.meta(engineName, labels))
        .withNewSpec()
        .withNewSelector()
        .withMatchLabels(Map.of("name", engineName))
        .endSelector()
        .withNewTemplate()
        .withNewMetadata()
        .withAnnotations(annotations.isEmpty() ? null : annotations)
        .withLabels(podLabels)
        .endMetadata()
        .withNewSpec()
        .withNewSecurityContext()
        .withRunAsUser(0L)
        .withRunAsGroup(1001L)
        .withFsGroup(1001L)
        .withFsGroupChangePolicy("OnRootMismatch")
        .endSecurityContext()
        .withServiceAccountName(engine.newServiceAccount().create() ? names.fullname() : null)
        .addNewContainer()
        .withName("dagger-engine")
        .withImage(engine.image().ref())
        .withImagePullPolicy(engine.image().pullPolicy())
        .withArgs(engine.args().isEmpty() ? null : engine.args())
        .withNewSecurityContext()
        .withPrivileged(true)
        .withNewCapabilities()
        .withAdd("ALL")
        .endCapabilities()
        .endSecurityContext()
        .withResources(RenderContext.resources(engine.resources()))
        .withReadinessProbe(readiness(engine.readinessProbe()))
        .addNewVolumeMount()
        .withName("varlibdagger")
        .withMountPath("/var/lib/dagger" + suffix)
        .endVolumeMount()
        .addNewVolumeMount()
        .withName("varrundagger")
        .withMountPath("/var/run/buildkit" + suffix)
        .endVolumeMount()
        .addNewVolumeMount()
        .withName("dagger-engine-config")
        .withMountPath("/etc/dagger/engine.toml")
        .withSubPath(CONFIG_KEY)
        .endVolumeMount()
        .endContainer()
        .withTerminationGracePeriodSeconds((long) engine.terminationGracePeriodSeconds())
        .addNewVolume()
        .withName("varlibdagger")
        .withNewHostPath()
        .withPath("/var/lib/dagger")
        .endHostPath()
        .endVolume()
        .addNewVolume()
        .withName("varrundagger")
        .withNewHostPath()
        .withPath("/var/run/dagger")
        .endHostPath()
        .endVolume()
        .addNewVolume()
        .withName("dagger-engine-config")
        .withNewConfigMap()
        .withName(names.fullname() + "-engine-config")
        .addNewItem()
        .withKey(CONFIG_KEY)
        .withPath(CONFIG_KEY)
        .endItem()
        .endConfigMap()
        .endVolume()
        .endSpec()
        .endTemplate()
        .endSpec()
        .build();
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

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
