package ai.kubiya.runner.manifests.internal.components;

import ai.kubiya.runner.manifests.internal.ComponentBuilder;
import ai.kubiya.runner.manifests.internal.RenderContext;
import ai.kubiya.runner.model.AlloyContainerValues;
import ai.kubiya.runner.model.AlloyValues;
import ai.kubiya.runner.model.EnvVarValues;
import ai.kubiya.runner.naming.Component;
import ai.kubiya.runner.naming.SubchartNames;
import io.fabric8.kubernetes.api.model.ConfigMapVolumeSource;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectFieldSelector;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grafana Alloy as its 0.10.1 chart renders it for the runner: ServiceAccount, a read-only
 * ClusterRole and binding for discovery, a Service for its UI and metrics, and the controller (a
 * Deployment for the runner) with the config-reloader sidecar and {@code alloy.alloy.extraEnv}. The
 * pipeline it runs is the {@link AlloyConfigBuilder}'s ConfigMap.
 */
public final class AlloyBuilder implements ComponentBuilder {
  static final String CHART = "alloy";
  static final String CHART_VERSION = "0.10.1";
  static final String APP_VERSION = "v1.5.1";
  private static final int PORT = 12345;
  private static final List<String> READ = List.of("get", "list", "watch");

  @Override
  public Component component() {
    return Component.ALLOY;
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
    out.add(
        Rbac.clusterRoleBinding(
            ctx.clusterMeta(fullname, labels(ctx, names, "rbac")),
            ctx.clusterName(fullname),
            fullname,
            ctx.namespace()));
    ServiceSpec spec = new ServiceSpec();
    spec.setType("ClusterIP");
    spec.setSelector(selector(ctx, names));
    spec.setInternalTrafficPolicy("Cluster");
    spec.setPorts(List.of(Workloads.servicePort("http-metrics", PORT, PORT, "TCP")));
    Service service = new Service();
    service.setMetadata(ctx.meta(fullname, labels(ctx, names, "networking")));
    service.setSpec(spec);
    out.add(service);
    out.add(controller(ctx, v, names));
    return out;
  }

  static Map<String, String> labels(RenderContext ctx, SubchartNames names, String component) {
    Map<String, String> labels =
        SubchartLabels.of(ctx, names, CHART, CHART_VERSION, APP_VERSION, "alloy");
    if (component != null) {
      labels.put("app.kubernetes.io/component", component);
    }
    return labels;
  }

  private static Map<String, String> selector(RenderContext ctx, SubchartNames names) {
    return SubchartLabels.selector(ctx, names);
  }

  private static List<PolicyRule> rules() {
    return List.of(
        Rbac.rule(
            List.of("", "discovery.k8s.io", "networking.k8s.io"),
            List.of(
                "endpoints",
                "endpointslices",
                "ingresses",
                "nodes",
                "nodes/proxy",
                "nodes/metrics",
                "pods",
                "services"),
            READ),
        Rbac.rule(List.of(""), List.of("pods", "pods/log", "namespaces"), READ),
        Rbac.rule(List.of("monitoring.grafana.com"), List.of("podlogs"), READ),
        Rbac.rule(List.of("monitoring.coreos.com"), List.of("prometheusrules"), READ),
        Rbac.nonResourceRule(List.of("/metrics"), List.of("get")),
        Rbac.rule(
            List.of("monitoring.coreos.com"),
            List.of("podmonitors", "servicemonitors", "probes"),
            READ),
        Rbac.rule(List.of(""), List.of("events"), READ),
        Rbac.rule(List.of(""), List.of("configmaps", "secrets"), READ),
        Rbac.rule(List.of("apps"), List.of("replicasets"), READ),
        Rbac.rule(List.of("extensions"), List.of("replicasets"), READ));
  }

  private static HasMetadata controller(RenderContext ctx, AlloyValues v, SubchartNames names) {
    Map<String, String> podLabels = selector(ctx, names);
    podLabels.putAll(v.controller().podLabels());
    ConfigMapVolumeSource source = new ConfigMapVolumeSource();
    source.setName(configMapName(v.alloy(), names));
    Volume config = new Volume();
    config.setName("config");
    config.setConfigMap(source);
    PodSpec pod = Pods.podSpec(names.fullname(), List.of(alloy(ctx, v.alloy()), reloader()));
    Pods.scheduling(
        pod,
        v.controller().extras(),
        "alloy.controller",
        "tolerations",
        "nodeSelector",
        "affinity");
    pod.setDnsPolicy("ClusterFirst");
    pod.setVolumes(List.of(config));
    PodTemplateSpec template =
        Pods.template(
            podLabels,
            new LinkedHashMap<>(Map.of("kubectl.kubernetes.io/default-container", "alloy")),
            pod);
    Map<String, String> labels = labels(ctx, names, null);
    if ("deployment".equals(v.controller().type())) {
      Deployment deployment =
          Pods.deployment(
              ctx.meta(names.fullname(), labels),
              v.controller().replicas(),
              selector(ctx, names),
              template);
      deployment.getSpec().setMinReadySeconds(10);
      return deployment;
    }
    DaemonSet daemonSet =
        Pods.daemonSet(ctx.meta(names.fullname(), labels), selector(ctx, names), template);
    daemonSet.getSpec().setMinReadySeconds(10);
    return daemonSet;
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
    node.setFieldRef(new ObjectFieldSelector(null, "spec.nodeName"));
    env.add(new EnvVar("HOSTNAME", null, node));
    for (EnvVarValues e : a.extraEnv()) {
      env.add(
          new EnvVar(
              e.name(),
              e.value().orElse(null),
              e.valueFrom().isPresent()
                  ? RenderContext.convert(e.valueFrom().get(), EnvVarSource.class)
                  : null));
    }
    Container c = Pods.container("alloy", image(ctx), "IfNotPresent");
    c.setArgs(
        List.of(
            "run",
            "/etc/alloy/" + a.configMap().key(),
            "--storage.path=/tmp/alloy",
            "--server.http.listen-addr=0.0.0.0:" + PORT,
            "--server.http.ui-path-prefix=/",
            "--stability.level=" + a.stabilityLevel().orElse("generally-available")));
    c.setEnv(env);
    c.setPorts(List.of(Pods.port(PORT, "http-metrics")));
    Probe ready = Pods.httpProbe("/-/ready", PORT, "HTTP");
    ready.setInitialDelaySeconds(10);
    ready.setTimeoutSeconds(1);
    c.setReadinessProbe(ready);
    c.setResources(RenderContext.resources(a.resources()));
    c.setSecurityContext(Workloads.orNull(a.securityContext(), SecurityContext.class));
    c.setVolumeMounts(List.of(Pods.mount("config", "/etc/alloy", null)));
    return c;
  }

  @SuppressWarnings("unchecked")
  private static String image(RenderContext ctx) {
    Object image = ctx.values().alloy().extras().get("image");
    Map<String, Object> m = image instanceof Map ? (Map<String, Object>) image : Map.of();
    String registry = String.valueOf(m.getOrDefault("registry", "docker.io"));
    String repository = String.valueOf(m.getOrDefault("repository", "grafana/alloy"));
    Object tag = m.get("tag");
    return registry
        + "/"
        + repository
        + ":"
        + (tag == null || String.valueOf(tag).isEmpty() ? APP_VERSION : tag);
  }

  private static Container reloader() {
    Container c =
        Pods.container("config-reloader", "ghcr.io/jimmidyson/configmap-reload:v0.12.0", null);
    c.setArgs(
        List.of("--volume-dir=/etc/alloy", "--webhook-url=http://localhost:" + PORT + "/-/reload"));
    c.setVolumeMounts(List.of(Pods.mount("config", "/etc/alloy", null)));
    ResourceRequirements resources = new ResourceRequirements();
    Map<String, Quantity> requests = new LinkedHashMap<>();
    requests.put("cpu", new Quantity("1m"));
    requests.put("memory", new Quantity("5Mi"));
    resources.setRequests(requests);
    c.setResources(resources);
    return c;
  }
}
