package ai.kubiya.runner.manifests.internal.components;

import ai.kubiya.runner.manifests.internal.ComponentBuilder;
import ai.kubiya.runner.manifests.internal.RenderContext;
import ai.kubiya.runner.model.KubeStateMetricsValues;
import ai.kubiya.runner.naming.Component;
import ai.kubiya.runner.naming.SubchartNames;
import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategy;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * kube-state-metrics as its 5.27.0 chart renders it for the runner: ServiceAccount, a Role (or
 * ClusterRole with {@code rbac.useClusterRole}) listing and watching each collected resource, its
 * binding, a Service, and the Deployment restricted to the release namespace.
 */
public final class KubeStateMetricsBuilder implements ComponentBuilder {
  static final String CHART = "kubestatemetrics";
  static final String CHART_VERSION = "5.27.0";
  static final String APP_VERSION = "2.14.0";
  private static final int HTTP_PORT = 8080;

  /** The chart's default collectors, each with the API groups its RBAC rule names. */
  private static final Map<String, List<String>> COLLECTORS = new LinkedHashMap<>();

  static {
    List<String> core = List.of("");
    List<String> apps = List.of("extensions", "apps");
    COLLECTORS.put("certificatesigningrequests", List.of("certificates.k8s.io"));
    COLLECTORS.put("configmaps", core);
    COLLECTORS.put("cronjobs", List.of("batch"));
    COLLECTORS.put("daemonsets", apps);
    COLLECTORS.put("deployments", apps);
    COLLECTORS.put("endpoints", core);
    COLLECTORS.put("horizontalpodautoscalers", List.of("autoscaling"));
    COLLECTORS.put("ingresses", List.of("extensions", "networking.k8s.io"));
    COLLECTORS.put("jobs", List.of("batch"));
    COLLECTORS.put("leases", List.of("coordination.k8s.io"));
    COLLECTORS.put("limitranges", core);
    COLLECTORS.put("mutatingwebhookconfigurations", List.of("admissionregistration.k8s.io"));
    COLLECTORS.put("namespaces", core);
    COLLECTORS.put("networkpolicies", List.of("networking.k8s.io"));
    COLLECTORS.put("nodes", core);
    COLLECTORS.put("persistentvolumeclaims", core);
    COLLECTORS.put("persistentvolumes", core);
    COLLECTORS.put("poddisruptionbudgets", List.of("policy"));
    COLLECTORS.put("pods", core);
    COLLECTORS.put("replicasets", apps);
    COLLECTORS.put("replicationcontrollers", core);
    COLLECTORS.put("resourcequotas", core);
    COLLECTORS.put("secrets", core);
    COLLECTORS.put("services", core);
    COLLECTORS.put("statefulsets", List.of("apps"));
    COLLECTORS.put("storageclasses", List.of("storage.k8s.io"));
    COLLECTORS.put("validatingwebhookconfigurations", List.of("admissionregistration.k8s.io"));
    COLLECTORS.put("volumeattachments", List.of("storage.k8s.io"));
  }

  @Override
  public Component component() {
    return Component.KUBE_STATE_METRICS;
  }

  @Override
  public List<HasMetadata> build(RenderContext ctx) {
    KubeStateMetricsValues v = ctx.values().kubestatemetrics();
    if (!v.enabled()) {
      return List.of();
    }
    SubchartNames names = ctx.names().kubeStateMetrics();
    Map<String, String> labels = labels(ctx, names);
    String fullname = names.fullname();
    List<String> collectors = collectors(v);
    List<HasMetadata> out = new ArrayList<>();
    out.add(Workloads.serviceAccount(ctx.meta(fullname, labels), true));
    if (v.rbac().create()) {
      List<PolicyRule> rules = new ArrayList<>();
      for (String collector : collectors) {
        rules.add(
            Rbac.rule(
                COLLECTORS.getOrDefault(collector, List.of("")),
                List.of(collector),
                List.of("list", "watch")));
      }
      if (v.rbac().useClusterRole()) {
        out.add(Rbac.clusterRole(ctx.clusterMeta(fullname, labels), rules));
        out.add(
            Rbac.clusterRoleBinding(
                ctx.clusterMeta(fullname, labels),
                ctx.clusterName(fullname),
                fullname,
                ctx.namespace()));
      } else {
        out.add(Rbac.role(ctx.meta(fullname, labels), rules));
        out.add(Rbac.roleBinding(ctx.meta(fullname, labels), fullname, fullname, ctx.namespace()));
      }
    }
    out.add(service(ctx, v, names, labels));
    out.add(deployment(ctx, v, names, labels, collectors));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<String> collectors(KubeStateMetricsValues v) {
    Object custom = v.extras().get("collectors");
    if (custom instanceof List && !((List<Object>) custom).isEmpty()) {
      List<String> out = new ArrayList<>();
      ((List<Object>) custom).forEach(c -> out.add(String.valueOf(c)));
      return out;
    }
    return new ArrayList<>(COLLECTORS.keySet());
  }

  static Map<String, String> labels(RenderContext ctx, SubchartNames names) {
    Map<String, String> labels =
        SubchartLabels.of(ctx, names, CHART, CHART_VERSION, APP_VERSION, names.name());
    labels.put("app.kubernetes.io/component", "metrics");
    return labels;
  }

  private static Map<String, String> selector(RenderContext ctx, SubchartNames names) {
    return SubchartLabels.selector(ctx, names);
  }

  private static Service service(
      RenderContext ctx,
      KubeStateMetricsValues v,
      SubchartNames names,
      Map<String, String> labels) {
    List<ServicePort> ports = new ArrayList<>();
    ports.add(Workloads.servicePort("http", HTTP_PORT, HTTP_PORT, "TCP"));
    if (v.selfMonitor().enabled()) {
      int port = v.selfMonitor().telemetryPort();
      ports.add(Workloads.servicePort("metrics", port, port, "TCP"));
    }
    ServiceSpec spec = new ServiceSpec();
    spec.setType("ClusterIP");
    spec.setPorts(ports);
    spec.setSelector(selector(ctx, names));
    Service service = new Service();
    service.setMetadata(ctx.meta(names.fullname(), labels));
    service
        .getMetadata()
        .setAnnotations(new LinkedHashMap<>(Map.of("prometheus.io/scrape", "true")));
    service.setSpec(spec);
    return service;
  }

  private static Deployment deployment(
      RenderContext ctx,
      KubeStateMetricsValues v,
      SubchartNames names,
      Map<String, String> labels,
      List<String> collectors) {
    List<String> args = new ArrayList<>();
    args.add("--port=" + HTTP_PORT);
    args.add("--resources=" + String.join(",", collectors));
    if (!v.metricLabelsAllowlist().isEmpty()) {
      args.add("--metric-labels-allowlist=" + String.join(",", v.metricLabelsAllowlist()));
    }
    Object namespaces = v.extras().get("namespaces");
    if (v.releaseNamespace()) {
      args.add("--namespaces=" + ctx.namespace());
    } else if (namespaces != null && !String.valueOf(namespaces).isEmpty()) {
      args.add("--namespaces=" + namespaces);
    }
    List<ContainerPort> ports = new ArrayList<>();
    ports.add(Pods.port(HTTP_PORT, "http"));
    // As the subchart: the telemetry flags and the readiness port follow selfMonitor's host and
    // port whether or not selfMonitor is enabled; only the "metrics" port needs it enabled.
    int telemetryPort =
        v.selfMonitor().telemetryPort() == 0 ? 8081 : v.selfMonitor().telemetryPort();
    if (!v.selfMonitor().telemetryHost().isEmpty()) {
      args.add("--telemetry-host=" + v.selfMonitor().telemetryHost());
    }
    if (v.selfMonitor().telemetryPort() != 0) {
      args.add("--telemetry-port=" + telemetryPort);
    }
    if (v.selfMonitor().enabled()) {
      ports.add(Pods.port(telemetryPort, "metrics"));
    }
    int readinessPort = telemetryPort;
    String tag = v.image().tag().isEmpty() ? "v" + APP_VERSION : v.image().tag();
    Container c =
        Pods.container(
            names.name(),
            v.image().registry() + "/" + v.image().repository() + ":" + tag,
            v.image().pullPolicy());
    c.setArgs(args);
    c.setPorts(ports);
    c.setLivenessProbe(probe("/livez", HTTP_PORT));
    c.setReadinessProbe(probe("/readyz", readinessPort));
    c.setResources(RenderContext.resources(v.resources()));
    Capabilities drop = new Capabilities();
    drop.setDrop(List.of("ALL"));
    SecurityContext security = new SecurityContext();
    security.setAllowPrivilegeEscalation(false);
    security.setCapabilities(drop);
    security.setReadOnlyRootFilesystem(true);
    c.setSecurityContext(security);
    SeccompProfile seccomp = new SeccompProfile();
    seccomp.setType("RuntimeDefault");
    PodSecurityContext podSecurity = new PodSecurityContext();
    podSecurity.setFsGroup(65534L);
    podSecurity.setRunAsGroup(65534L);
    podSecurity.setRunAsNonRoot(true);
    podSecurity.setRunAsUser(65534L);
    podSecurity.setSeccompProfile(seccomp);
    PodSpec pod = Pods.podSpec(names.fullname(), List.of(c));
    Pods.scheduling(pod, v.extras(), "kubestatemetrics", "tolerations", "nodeSelector", "affinity");
    pod.setAutomountServiceAccountToken(true);
    pod.setHostNetwork(false);
    pod.setSecurityContext(podSecurity);
    Deployment deployment =
        Pods.deployment(
            ctx.meta(names.fullname(), labels),
            v.replicas(),
            selector(ctx, names),
            Pods.template(labels(ctx, names), null, pod));
    DeploymentStrategy strategy = new DeploymentStrategy();
    strategy.setType(v.updateStrategy().isEmpty() ? null : v.updateStrategy());
    deployment.getSpec().setStrategy(strategy);
    deployment.getSpec().setRevisionHistoryLimit(v.revisionHistoryLimit());
    return deployment;
  }

  private static Probe probe(String path, int port) {
    Probe probe = Pods.httpProbe(path, port, "HTTP");
    probe.setFailureThreshold(3);
    probe.setInitialDelaySeconds(5);
    probe.setPeriodSeconds(10);
    probe.setSuccessThreshold(1);
    probe.setTimeoutSeconds(5);
    return probe;
  }
}
