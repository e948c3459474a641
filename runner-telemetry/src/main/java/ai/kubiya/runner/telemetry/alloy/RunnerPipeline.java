package ai.kubiya.runner.telemetry.alloy;

import ai.kubiya.runner.telemetry.alloy.component.BlackboxConfig;
import ai.kubiya.runner.telemetry.alloy.component.BlackboxModule;
import ai.kubiya.runner.telemetry.alloy.component.BlackboxModule.Prober;
import ai.kubiya.runner.telemetry.alloy.component.DiscoveryKubernetes;
import ai.kubiya.runner.telemetry.alloy.component.DiscoveryKubernetes.Role;
import ai.kubiya.runner.telemetry.alloy.component.DiscoveryRelabel;
import ai.kubiya.runner.telemetry.alloy.component.LiveDebugging;
import ai.kubiya.runner.telemetry.alloy.component.Logging;
import ai.kubiya.runner.telemetry.alloy.component.PipelineBlock;
import ai.kubiya.runner.telemetry.alloy.component.PrometheusExporterBlackbox;
import ai.kubiya.runner.telemetry.alloy.component.PrometheusExporterCadvisor;
import ai.kubiya.runner.telemetry.alloy.component.PrometheusExporterSelf;
import ai.kubiya.runner.telemetry.alloy.component.PrometheusRelabel;
import ai.kubiya.runner.telemetry.alloy.component.PrometheusRemoteWrite;
import ai.kubiya.runner.telemetry.alloy.component.PrometheusScrape;
import ai.kubiya.runner.telemetry.alloy.component.RelabelAction;
import ai.kubiya.runner.telemetry.alloy.component.RelabelRule;
import ai.kubiya.runner.telemetry.alloy.remotewrite.RemoteWriteTarget;
import ai.kubiya.runner.telemetry.alloy.syntax.AlloyFile;
import ai.kubiya.runner.telemetry.alloy.syntax.AlloyPrinter;
import ai.kubiya.runner.telemetry.alloy.syntax.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * The runner's Alloy pipeline, as chart 0.6.2 renders it into the {@code config.alloy} key of the
 * ConfigMap {@code kubiya-runner-alloy-config}: kube-state-metrics, optional cAdvisor, the runner
 * components' pods, Alloy itself and blackbox probes, all relabeled with the runner's metadata and
 * remote-written.
 *
 * <pre>{@code
 * String config = RunnerPipeline.render(RunnerPipelineSettings.builder()
 *     .namespace("kubiya").release("runner").organization("acme").build());
 * }</pre>
 */
public final class RunnerPipeline {
  /** The ConfigMap holding the pipeline. */
  public static final String CONFIG_MAP_NAME = "kubiya-runner-alloy-config";

  /** The ConfigMap key holding the pipeline. */
  public static final String CONFIG_KEY = "config.alloy";

  /** The blackbox module the chart's working probes use, and the fix for undefined ones. */
  public static final String HTTP_2XX = "http_2xx";

  private static final String RUNNER_COMPONENT_LABEL =
      "__meta_kubernetes_pod_label_app_kubernetes_io_kubiya_runner_component";

  private RunnerPipeline() {}

  /** The pipeline as Alloy source text. */
  public static String render(RunnerPipelineSettings settings) {
    return AlloyPrinter.print(file(settings));
  }

  /** The pipeline as an Alloy AST. */
  public static AlloyFile file(RunnerPipelineSettings settings) {
    return AlloyFile.of(blocks(settings).stream().map(PipelineBlock::toBlock).toList());
  }

  /** The chart's blackbox modules: {@code http_2xx}, {@code grpc} and {@code tcp_connect}. */
  public static BlackboxConfig chartBlackboxConfig() {
    return BlackboxConfig.of(
        BlackboxModule.builder(HTTP_2XX, Prober.HTTP)
            .timeout("5s")
            .validStatusCodes(200)
            .preferredIpProtocol("ip4")
            .build(),
        BlackboxModule.builder("grpc", Prober.GRPC)
            .timeout("5s")
            .tls(false)
            .preferredIpProtocol("ip4")
            .build(),
        BlackboxModule.builder("tcp_connect", Prober.TCP)
            .timeout("5s")
            .preferredIpProtocol("ip4")
            .build());
  }

  /** The pipeline's top-level blocks, in the chart's order. */
  public static List<PipelineBlock> blocks(RunnerPipelineSettings settings) {
    List<PrometheusRemoteWrite> remoteWrites =
        settings.remoteWriteTargets().stream().map(RemoteWriteTarget::toComponent).toList();
    PrometheusRelabel runnerMeta = runnerMeta(settings, remoteWrites);
    Expr receiver = runnerMeta.receiver();
    ScrapeIntervals intervals = settings.scrapeIntervals();

    List<PipelineBlock> out = new ArrayList<>();
    out.add(
        Logging.builder()
            .comment("--------- Alloy logging configuration ---------", "")
            .level("info")
            .format("json")
            .build());
    if (settings.liveDebugging()) {
      out.add(
          LiveDebugging.enabled(true, "--------- Alloy live debugging configuration ---------"));
    }
    kubeStateMetrics(settings.namespace(), intervals, receiver, out);
    if (settings.cadvisorEnabled()) {
      cadvisor(intervals, receiver, out);
    }
    runnerPods(settings.namespace(), intervals, receiver, out);
    alloySelf(intervals, receiver, out);
    blackbox(settings, receiver, out);
    out.add(runnerMeta);
    out.addAll(remoteWrites);
    return List.copyOf(out);
  }

  private static void kubeStateMetrics(
      String namespace, ScrapeIntervals intervals, Expr receiver, List<PipelineBlock> out) {
    DiscoveryKubernetes discovery =
        DiscoveryKubernetes.builder("kube_state_metrics")
            .comment(
                "---------------------------- kube-state-metrics ----------------------------",
                "",
                "Kube service discovery")
            .role(Role.SERVICE)
            .namespaces(List.of(namespace))
            .build();
    DiscoveryRelabel relabel =
        DiscoveryRelabel.builder("kube_state_metrics")
            .comment("Relabel & filter discovered targets for kube-state-metrics")
            .targets(discovery.targets())
            .rule(
                RelabelRule.builder()
                    .comment("Keep only kube-state-metrics service")
                    .sourceLabels("__meta_kubernetes_service_label_app_kubernetes_io_name")
                    .regex(".*kubestatemetrics.*")
                    .action(RelabelAction.KEEP)
                    .build())
            .rule(
                RelabelRule.builder()
                    .comment("Preserve namespace metadata")
                    .sourceLabels("__meta_kubernetes_namespace")
                    .targetLabel("kubernetes_namespace")
                    .action(RelabelAction.REPLACE)
                    .build())
            .rule(
                RelabelRule.builder()
                    .comment("Preserve service metadata")
                    .sourceLabels("__meta_kubernetes_service_name")
                    .targetLabel("kubernetes_service")
                    .action(RelabelAction.REPLACE)
                    .build())
            .rule(setLabel("exporter", "kube-state-metrics"))
            .rule(copyLabel(RUNNER_COMPONENT_LABEL, "app"))
            .build();
    out.add(discovery);
    out.add(relabel);
    out.add(
        PrometheusScrape.builder("kube_state_metrics")
            .comment("Scrape kube-state-metrics targets")
            .targets(relabel.output())
            .forwardTo(receiver)
            .jobName("kube-state-metrics")
            .scrapeInterval(intervals.effectiveKubeStateMetrics())
            .build());
  }

  private static void cadvisor(ScrapeIntervals intervals, Expr receiver, List<PipelineBlock> out) {
    PrometheusExporterCadvisor exporter =
        PrometheusExporterCadvisor.builder("cadvisor")
            .comment("---------------------------- cadvisor ----------------------------")
            .dockerHost("unix:///var/run/docker.sock")
            .storageDuration("1m")
            .build();
    out.add(exporter);
    out.add(
        PrometheusScrape.builder("cadvisor")
            .comment("Configure a prometheus.scrape component to collect cadvisor metrics.")
            .targets(exporter.targets())
            .forwardTo(receiver)
            .scrapeInterval(intervals.effectiveCadvisor())
            .jobName("cadvisor")
            .build());
  }

  private static void runnerPods(
      String namespace, ScrapeIntervals intervals, Expr receiver, List<PipelineBlock> out) {
    DiscoveryKubernetes discovery =
        DiscoveryKubernetes.builder("runner_namespace_pods")
            .comment(
                "------------------------ Kubiya components ----------------------------------",
                "",
                "Discover all pods in runner's namespace")
            .role(Role.POD)
            .namespaces(List.of(namespace))
            .build();
    DiscoveryRelabel relabel =
        DiscoveryRelabel.builder("runner_app_pods")
            .comment(
                "Relabel & filter discovered targets for kubiya components",
                "default rule action is 'replace' which adds/overwrites label "
                    + "from discovered target",
                "TODO: add extensive label collection of k8s metadata to "
                    + "reduce resource/traffic usage")
            .targets(discovery.targets())
            .rule(
                RelabelRule.builder()
                    .comment("Keep only pods with prometheus.io/scrape=true annotation")
                    .sourceLabels("__meta_kubernetes_pod_annotation_prometheus_io_scrape")
                    .regex("true")
                    .action(RelabelAction.KEEP)
                    .build())
            .rule(
                RelabelRule.builder()
                    .comment("Set metrics path from annotation if present")
                    .sourceLabels("__meta_kubernetes_pod_annotation_prometheus_io_path")
                    .regex("(.+)")
                    .targetLabel("__metrics_path__")
                    .replacement("${1}")
                    .build())
            .rule(
                RelabelRule.builder()
                    .comment("Set metrics port from annotation if present")
                    .sourceLabels("__meta_kubernetes_pod_annotation_prometheus_io_port")
                    .regex("(.+)")
                    .targetLabel("__metrics_port__")
                    .replacement("${1}")
                    .build())
            .rule(
                RelabelRule.builder()
                    .comment(
                        "Keep pods of runner components only (which have app.kubernetes.io"
                            + " kubiya.runner.component)")
                    .sourceLabels(RUNNER_COMPONENT_LABEL)
                    .regex("(.+)")
                    .action(RelabelAction.KEEP)
                    .build())
            .rule(
                commented(
                    copyLabel(RUNNER_COMPONENT_LABEL, "app"),
                    "Keep the component name as app label"))
            .rule(
                commented(copyLabel("__meta_kubernetes_pod_name", "pod"), "Preserve pod metadata"))
            .rule(copyLabel("__meta_kubernetes_pod_container_name", "container"))
            .rule(copyLabel("__meta_kubernetes_namespace", "kubernetes_namespace"))
            .rule(
                commented(
                    copyLabel("__meta_kubernetes_service_name", "kubernetes_service"),
                    "Preserve service metadata"))
            .rule(
                commented(
                    copyLabel("__meta_kubernetes_pod_label_app_kubernetes_io_name", "app_name"),
                    "Keep important app labels"))
            .rule(copyLabel("__meta_kubernetes_pod_label_app_kubernetes_io_instance", "instance"))
            .rule(
                copyLabel(
                    "__meta_kubernetes_pod_label_app_kubernetes_io_version",
                    "version_app_via_helm"))
            .rule(copyLabel("__meta_kubernetes_pod_container_image", "container_image"))
            .rule(copyLabel("__meta_kubernetes_pod_container_name", "container_name"))
            .rule(copyLabel("__meta_kubernetes_pod_host_ip", "pod_host_ip"))
            .rule(copyLabel("__meta_kubernetes_pod_ip", "pod_ip"))
            .rule(copyLabel("__meta_kubernetes_pod_label_helm_sh_chart", "version_helm_chart"))
            .build();
    out.add(discovery);
    out.add(relabel);
    out.add(
        PrometheusScrape.builder("runner_app_pods_exporters")
            .comment("Kubiya components scrape")
            .jobName("runner_app_pods_exporters")
            .targets(relabel.output())
            .forwardTo(receiver)
            .scrapeInterval(intervals.effectiveRunnerExporters())
            .build());
  }

  private static void alloySelf(ScrapeIntervals intervals, Expr receiver, List<PipelineBlock> out) {
    PrometheusExporterSelf self =
        PrometheusExporterSelf.of(
            "alloy", "-------------------------- Alloy self-monitoring --------------------------");
    DiscoveryRelabel relabel =
        DiscoveryRelabel.builder("alloy")
            .targets(self.targets())
            .rule(setLabel("exporter", "alloy"))
            .rule(copyLabel(RUNNER_COMPONENT_LABEL, "app"))
            .build();
    out.add(self);
    out.add(relabel);
    out.add(
        PrometheusScrape.builder("alloy")
            .comment("Alloy self-monitoring scrape")
            .scrapeInterval(intervals.effectiveAlloyExporter())
            .targets(relabel.output())
            .forwardTo(receiver)
            .build());
  }

  private static void blackbox(
      RunnerPipelineSettings settings, Expr receiver, List<PipelineBlock> out) {
    BlackboxConfig config = chartBlackboxConfig();
    PrometheusExporterBlackbox.Builder exporter =
        PrometheusExporterBlackbox.builder("kubiya_runner")
            .comment(
                "-------------- blackbox-exporter (embedded in alloy) ----------------------",
                "",
                "Configure a prometheus.exporter.blackbox component modules and targets for"
                    + " collecting metrics.")
            .config(config);
    for (BlackboxProbe probe : settings.blackboxProbes()) {
      BlackboxProbe effective =
          settings.fixUndefinedBlackboxModule() && config.module(probe.module()).isEmpty()
              ? BlackboxProbe.builder().from(probe).module(HTTP_2XX).build()
              : probe;
      exporter.target(effective.toTarget(settings.namespace()));
    }
    PrometheusExporterBlackbox built = exporter.build();
    DiscoveryRelabel relabel =
        DiscoveryRelabel.builder("blackbox_targets")
            .targets(built.targets())
            .rule(setLabel("exporter", "blackbox-exporter"))
            .rule(copyLabel("__param_target", "target"))
            .rule(copyLabel("app", "app"))
            .build();
    out.add(built);
    out.add(relabel);
    out.add(
        PrometheusScrape.builder("blackbox")
            .comment(
                "Configure a prometheus.scrape component to scrape blackbox metrics as defined"
                    + " above.")
            .targets(relabel.output())
            .forwardTo(receiver)
            .scrapeInterval(settings.scrapeIntervals().effectiveBlackboxExporter())
            .build());
  }

  private static PrometheusRelabel runnerMeta(
      RunnerPipelineSettings settings, List<PrometheusRemoteWrite> remoteWrites) {
    return PrometheusRelabel.builder("runner_meta")
        .comment("----------------------- Runner meta labels -----------------------------")
        .forwardTo(remoteWrites.stream().map(PrometheusRemoteWrite::receiver).toList())
        .rule(
            commented(
                setLabel("instance", settings.organization()),
                "Common labels for all metrics",
                "",
                "TODO: this imported from initial runner template, do we need relabeling for"
                    + " instance?"))
        .rule(setLabel("kubiya_type", "customers-runners"))
        .rule(setLabel("runner", settings.release()))
        .rule(setLabel("organization", settings.organization()))
        .rule(setLabel("namespace", settings.namespace()))
        .build();
  }

  private static RelabelRule setLabel(String label, String value) {
    return RelabelRule.builder().targetLabel(label).replacement(value).build();
  }

  private static RelabelRule copyLabel(String source, String target) {
    return RelabelRule.builder().sourceLabels(source).targetLabel(target).build();
  }

  private static RelabelRule commented(RelabelRule rule, String... comment) {
    return rule.withComments(comment);
  }
}
