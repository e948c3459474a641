package ai.kubiya.runner.manifests.components;

import ai.kubiya.runner.manifests.ComponentBuilder;
import ai.kubiya.runner.manifests.ManifestComponent;
import ai.kubiya.runner.manifests.RenderContext;
import ai.kubiya.runner.model.AlloyContainerValues;
import ai.kubiya.runner.model.AlloyValues;
import ai.kubiya.runner.model.EnvVarValues;
import ai.kubiya.runner.naming.RunnerNames;
import ai.kubiya.runner.naming.SubchartNames;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grafana Alloy as its 0.10.1 chart renders it for the runner: ServiceAccount, a read-only
 * ClusterRole and binding for discovery, a Service for its UI and metrics, and the controller
 * (a Deployment for the runner) with the config-reloader sidecar and {@code alloy.alloy.extraEnv}.
 * The pipeline it runs is the {@link AlloyConfigBuilder}'s ConfigMap.
 */
public final class AlloyBuilder implements ComponentBuilder {
  static final String CHART = "alloy";
  static final String CHART_VERSION = "0.10.1";
  static final String APP_VERSION = "v1.5.1";
  private static final int PORT = 12345;
  private static final List<String> READ = List.of("get", "list", "watch");

  @Override
  public ManifestComponent component() {
    return ManifestComponent.ALLOY;
  }

  @Override
  public List<HasMetadata> build(RenderContext ctx) {
    AlloyValues v = ctx.values().alloy();
    if (!v.enabled()) {
      return List.of();
    }
    SubchartNames names = ctx.names().alloy();
    String fullname = names.fullname();
    List<HasMetadata> out = new ArrayList<>();
    out.add(Workloads.serviceAccount(ctx.meta(fullname, labels(ctx, names, "rbac")), null));
    out.add(Rbac.clusterRole(ctx.clusterMeta(fullname, labels(ctx, names, "rbac")), rules()));
    out.add(Rbac.clusterRoleBinding(ctx.clusterMeta(fullname, labels(ctx, names, "rbac")), fullname, fullname, ctx.namespace()));
    out.add(
        new ServiceBuilder()
            .withMetadata(ctx.meta(fullname, labels(ctx, names, "networking")))
            .withNewSpec()
            .withType("ClusterIP")
            .withSelector(selector(ctx, names))
            .withInternalTrafficPolicy("Cluster")
            .addNewPort()
            .withName("http-metrics")
            .withPort(PORT)
            .withTargetPort(new IntOrString(PORT))
            .withProtocol("TCP")
            .endPort()
            .endSpec()
            .build());
    out.add(controller(ctx, v, names));
    return out;
  }

  static Map<String, String> labels(RenderContext ctx, SubchartNames names, String component) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("helm.sh/chart", RunnerNames.chartLabel(CHART, CHART_VERSION));
    labels.put("app.kubernetes.io/name", names.name());
    labels.put("app.kubernetes.io/instance", ctx.release());
    labels.put("app.kubernetes.io/version", APP_VERSION);
    labels.put("app.kubernetes.io/managed-by", RunnerNames.MANAGED_BY);
    labels.put("app.kubernetes.io/part-of", "alloy");
    if (component != null) {
      labels.put("app.kubernetes.io/component", component);
    }
    return labels;
  }

  private static Map<String, String> selector(RenderContext ctx, SubchartNames names) {
    Map<String, String> selector = new LinkedHashMap<>();
    selector.put("app.kubernetes.io/name", names.name());
    selector.put("app.kubernetes.io/instance", ctx.release());
    return selector;
  }

  private static List<PolicyRule> rules() {
    return List.of(
        Rbac.rule(
            List.of("", "discovery.k8s.io", "networking.k8s.io"),
            List.of("endpoints", "endpointslices", "ingresses", "nodes", "nodes/proxy", "nodes/metrics", "pods", "services"),
            READ),
        Rbac.rule(List.of(""), List.of("pods", "pods/log", "namespaces"), READ),
        Rbac.rule(List.of("monitoring.grafana.com"), List.of("podlogs"), READ),
        Rbac.rule(List.of("monitoring.coreos.com"), List.of("prometheusrules"), READ),
        Rbac.nonResourceRule(List.of("/metrics"), List.of("get")),
        Rbac.rule(List.of("monitoring.coreos.com"), List.of("podmonitors", "servicemonitors", "probes"), READ),
        Rbac.rule(List.of(""), List.of("events"), READ),
        Rbac.rule(List.of(""), List.of("configmaps", "secrets"), READ),
        Rbac.rule(List.of("apps"), List.of("replicasets"), READ),
        Rbac.rule(List.of("extensions"), List.of("replicasets"), READ));
  }

  private static HasMetadata controller(RenderContext ctx, AlloyValues v, SubchartNames names) {
    Map<String, String> podLabels = selector(ctx, names);
    podLabels.putAll(v.controller().podLabels());
    PodTemplateSpec template =
        new PodTemplateSpecBuilder()
            .withNewMetadata()
            .withAnnotations(new LinkedHashMap<>(Map.of("kubectl.kubernetes.io/default-container", "alloy")))
            .withLabels(podLabels)
            .endMetadata()
            .withNewSpec()
            .withServiceAccountName(names.fullname())
            .withContainers(alloy(ctx, v.alloy()), reloader())
            .withDnsPolicy("ClusterFirst")
            .addNewVolume()
            .withName("config")
            .withNewConfigMap()
            .withName(configMapName(v.alloy(), names))
            .endConfigMap()
            .endVolume()
            .endSpec()
            .build();
    Map<String, String> labels = labels(ctx, names, null);
    if ("deployment".equals(v.controller().type())) {
      return new DeploymentBuilder()
          .withMetadata(ctx.meta(names.fullname(), labels))
          .withNewSpec()
          .withReplicas(v.controller().replicas())
          .withMinReadySeconds(10)
          .withNewSelector()
          .withMatchLabels(selector(ctx, names))
          .endSelector()
          .withTemplate(template)
          .endSpec()
          .build();
    }
    return new DaemonSetBuilder()
        .withMetadata(ctx.meta(names.fullname(), labels))
        .withNewSpec()
        .withMinReadySeconds(10)
        .withNewSelector()
        .withMatchLabels(selector(ctx, names))
        .endSelector()
        .withTemplate(template)
        .endSpec()
        .build();
  }

  /** The ConfigMap the pipeline is read from: the runner's own unless the subchart creates one. */
  static String configMapName(AlloyContainerValues alloy, SubchartNames names) {
    if (alloy.configMap().create() || alloy.configMap().name().isEmpty()) {
      return names.fullname();
    }
    return alloy.configMap().name();
  }

  private static Container alloy(RenderContext ctx, AlloyContainerValues a) {
    List<EnvVar> env = new ArrayList<>();
    env.add(new EnvVar("ALLOY_DEPLOY_MODE", "helm", null));
    EnvVarSource node = new EnvVarSource();
    node.setFieldRef(new io.fabric8.kubernetes.api.model.ObjectFieldSelector(null, "spec.nodeName"));
    env.add(new EnvVar("HOSTNAME", null, node));
    for (EnvVarValues e : a.extraEnv()) {
      env.add(
          new EnvVar(
              e.name(), e.value().orElse(null), e.valueFrom().map(f -> RenderContext.convert(f, EnvVarSource.class)).orElse(null)));
    }
    return new ContainerBuilder()
        .withName("alloy")
        .withImage(image(ctx))
        .withImagePullPolicy("IfNotPresent")
        .withArgs(
            "run",
            "/etc/alloy/" + a.configMap().key(),
            "--storage.path=/tmp/alloy",
            "--server.http.listen-addr=0.0.0.0:" + PORT,
            "--server.http.ui-path-prefix=/",
            "--stability.level=" + a.stabilityLevel().orElse("generally-available"))
        .withEnv(env)
        .addNewPort()
        .withContainerPort(PORT)
        .withName("http-metrics")
        .endPort()
        .withNewReadinessProbe()
        .withNewHttpGet()
        .withPath("/-/ready")
        .withPort(new IntOrString(PORT))
        .withScheme("HTTP")
        .endHttpGet()
        .withInitialDelaySeconds(10)
        .withTimeoutSeconds(1)
        .endReadinessProbe()
        .withResources(RenderContext.resources(a.resources()))
        .withSecurityContext(Workloads.orNull(a.securityContext(), SecurityContext.class))
        .addNewVolumeMount()
        .withName("config")
        .withMountPath("/etc/alloy")
        .endVolumeMount()
        .build();
  }

  @SuppressWarnings("unchecked")
  private static String image(RenderContext ctx) {
    Object image = ctx.values().alloy().extras().get("image");
    Map<String, Object> m = image instanceof Map ? (Map<String, Object>) image : Map.of();
    String registry = String.valueOf(m.getOrDefault("registry", "docker.io"));
    String repository = String.valueOf(m.getOrDefault("repository", "grafana/alloy"));
    Object tag = m.get("tag");
    return registry + "/" + repository + ":" + (tag == null || String.valueOf(tag).isEmpty() ? APP_VERSION : tag);
  }

  private static Container reloader() {
    return new ContainerBuilder()
        .withName("config-reloader")
        .withImage("ghcr.io/jimmidyson/configmap-reload:v0.12.0")
        .withArgs("--volume-dir=/etc/alloy", "--webhook-url=http://localhost:" + PORT + "/-/reload")
        .addNewVolumeMount()
        .withName("config")
        .withMountPath("/etc/alloy")
        .endVolumeMount()
        .withNewResources()
        .addToRequests("cpu", new io.fabric8.kubernetes.api.model.Quantity("1m"))
        .addToRequests("memory", new io.fabric8.kubernetes.api.model.Quantity("5Mi"))
        .endResources()
        .build();
  }
}
