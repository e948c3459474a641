package ai.kubiya.runner.telemetry.alloy;

import ai.kubiya.runner.model.ScrapeIntervalsValues;
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
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

  /**
   * The pipeline as Alloy source text: {@code AlloyPrinter.print(file(settings))}, assembled block
   * by block. {@code alloy fmt} formats top-level blocks independently (nothing aligns across them)
   * and puts one blank line between them, so the text is each block's own text joined by blank
   * lines. The components that depend on no setting were printed once, those that depend on the
   * namespace alone once per namespace; the others are printed now from the tree holding this
   * runner's values.
   */
  public static String render(RunnerPipelineSettings settings) {
    NamespaceParts parts = NamespaceParts.of(settings);
    List<PipelineBlock> blocks = blocks(settings, parts);
    String[] texts = new String[blocks.size()];
    for (int i = 0; i < texts.length; i++) {
      PipelineBlock block = blocks.get(i);
      String text = Fixed.TEXTS.get(block);
      if (text == null) {
        text = parts.texts().get(block);
      }
      texts[i] = text != null ? text : print(block);
    }
    return String.join("\n", texts); // each text ends with a newline: a blank line between
  }

  /** One top-level block as {@code alloy fmt} prints it alone, ending with a newline. */
  private static String print(PipelineBlock block) {
    return AlloyPrinter.print(AlloyFile.of(block.toBlock()));
  }

  /** The pipeline as an Alloy AST. */
  public static AlloyFile file(RunnerPipelineSettings settings) {
    return AlloyFile.of(blocks(settings).stream().map(PipelineBlock::toBlock).toList());
  }

  /** The chart's blackbox modules: {@code http_2xx}, {@code grpc} and {@code tcp_connect}. */
  public static BlackboxConfig chartBlackboxConfig() {
    return Fixed.BLACKBOX_CONFIG;
  }

  /** The pipeline's top-level blocks, in the chart's order. */
  public static List<PipelineBlock> blocks(RunnerPipelineSettings settings) {
    return blocks(settings, NamespaceParts.of(settings));
  }

  private static List<PipelineBlock> blocks(RunnerPipelineSettings settings, NamespaceParts parts) {
    List<PrometheusRemoteWrite> remoteWrites = remoteWrites(settings.remoteWriteTargets());
    PrometheusRelabel runnerMeta = runnerMeta(settings, remoteWrites);
    ScrapeIntervalsValues intervals = settings.scrapeIntervals();

    List<PipelineBlock> out = new ArrayList<>(24);
    out.add(Fixed.LOGGING);
    if (settings.liveDebugging()) {
      out.add(Fixed.LIVE_DEBUGGING);
    }
    // kube-state-metrics
    out.add(parts.kubeStateMetrics());
    out.add(Fixed.KUBE_STATE_METRICS_RELABEL);
    out.add(scrape(Scrape.KUBE_STATE_METRICS, interval(intervals, intervals.kubeStateMetrics())));
    if (settings.cadvisorEnabled()) {
      out.add(Fixed.CADVISOR);
      out.add(scrape(Scrape.CADVISOR, interval(intervals, intervals.cadvisor())));
    }
    // the runner's components
    out.add(parts.runnerPods());
    out.add(Fixed.RUNNER_PODS_RELABEL);
    out.add(scrape(Scrape.RUNNER_PODS, interval(intervals, intervals.runnerExporters())));
    // Alloy itself
    out.add(Fixed.ALLOY_SELF);
    out.add(Fixed.ALLOY_RELABEL);
    out.add(scrape(Scrape.ALLOY, interval(intervals, intervals.alloyExporter())));
    // blackbox probes
    out.add(parts.blackbox());
    out.add(Fixed.BLACKBOX_RELABEL);
    out.add(scrape(Scrape.BLACKBOX, interval(intervals, intervals.blackboxExporter())));
    out.add(runnerMeta);
    out.addAll(remoteWrites);
    return List.copyOf(out);
  }

  /**
   * The scrape jobs; each scrape depends only on its interval, so the one with the chart's interval
   * is built once.
   */
  private enum Scrape {
    KUBE_STATE_METRICS {
      @Override
      PrometheusScrape build(String interval) {
        return PrometheusScrape.builder(RunnerPipeline.KUBE_STATE_METRICS)
            .comment("Scrape kube-state-metrics targets")
            .targets(Fixed.KUBE_STATE_METRICS_RELABEL.output())
            .forwardTo(Fixed.RUNNER_META_RECEIVER)
            .jobName("kube-state-metrics")
            .scrapeInterval(interval)
            .build();
      }
    },
    CADVISOR {
      @Override
      PrometheusScrape build(String interval) {
        return PrometheusScrape.builder("cadvisor")
            .comment("Configure a prometheus.scrape component to collect cadvisor metrics.")
            .targets(Fixed.CADVISOR.targets())
            .forwardTo(Fixed.RUNNER_META_RECEIVER)
            .scrapeInterval(interval)
            .jobName("cadvisor")
            .build();
      }
    },
    RUNNER_PODS {
      @Override
      PrometheusScrape build(String interval) {
        return PrometheusScrape.builder("runner_app_pods_exporters")
            .comment("Kubiya components scrape")
            .jobName("runner_app_pods_exporters")
            .targets(Fixed.RUNNER_PODS_RELABEL.output())
            .forwardTo(Fixed.RUNNER_META_RECEIVER)
            .scrapeInterval(interval)
            .build();
      }
    },
    ALLOY {
      @Override
      PrometheusScrape build(String interval) {
        return PrometheusScrape.builder("alloy")
            .comment("Alloy self-monitoring scrape")
            .scrapeInterval(interval)
            .targets(Fixed.ALLOY_RELABEL.output())
            .forwardTo(Fixed.RUNNER_META_RECEIVER)
            .build();
      }
    },
    BLACKBOX {
      @Override
      PrometheusScrape build(String interval) {
        return PrometheusScrape.builder("blackbox")
            .comment(
                "Configure a prometheus.scrape component to scrape blackbox metrics as defined"
                    + " above.")
            .targets(Fixed.BLACKBOX_RELABEL.output())
            .forwardTo(Fixed.RUNNER_META_RECEIVER)
            .scrapeInterval(interval)
            .build();
      }
    };

    abstract PrometheusScrape build(String interval);
  }

  /** The scrape of {@code job} every {@code interval}. */
  private static PrometheusScrape scrape(Scrape job, String interval) {
    return interval.equals(Fixed.CHART_INTERVAL)
        ? Fixed.CHART_SCRAPES.get(job)
        : job.build(interval);
  }

  private static final String KUBE_STATE_METRICS = "kube_state_metrics";
  private static final String RUNNER_NAMESPACE_PODS = "runner_namespace_pods";
  private static final String BLACKBOX_EXPORTER = "kubiya_runner";
  private static final String RUNNER_META = "runner_meta";

  /**
   * The components that depend on no setting, built once: each render builds only the ones that
   * hold its namespace, release, organization, intervals, probes and remote-write targets.
   */
  private static final class Fixed {
    static final BlackboxConfig BLACKBOX_CONFIG =
        BlackboxConfig.of(
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

    static final Logging LOGGING =
        Logging.builder()
            .comment("--------- Alloy logging configuration ---------", "")
            .level("info")
            .format("json")
            .build();

    static final LiveDebugging LIVE_DEBUGGING =
        LiveDebugging.enabled(true, "--------- Alloy live debugging configuration ---------");

    static final DiscoveryRelabel KUBE_STATE_METRICS_RELABEL =
        DiscoveryRelabel.builder(KUBE_STATE_METRICS)
            .comment("Relabel & filter discovered targets for kube-state-metrics")
            .targets(discovered(KUBE_STATE_METRICS))
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

    static final PrometheusExporterCadvisor CADVISOR =
        PrometheusExporterCadvisor.builder("cadvisor")
            .comment("---------------------------- cadvisor ----------------------------")
            .dockerHost("unix:///var/run/docker.sock")
            .storageDuration("1m")
            .build();

    static final DiscoveryRelabel RUNNER_PODS_RELABEL =
        DiscoveryRelabel.builder("runner_app_pods")
            .comment(
                "Relabel & filter discovered targets for kubiya components",
                "default rule action is 'replace' which adds/overwrites label "
                    + "from discovered target",
                "TODO: add extensive label collection of k8s metadata to "
                    + "reduce resource/traffic usage")
            .targets(discovered(RUNNER_NAMESPACE_PODS))
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

    static final PrometheusExporterSelf ALLOY_SELF =
        PrometheusExporterSelf.of(
            "alloy", "-------------------------- Alloy self-monitoring --------------------------");

    static final DiscoveryRelabel ALLOY_RELABEL =
        DiscoveryRelabel.builder("alloy")
            .targets(ALLOY_SELF.targets())
            .rule(setLabel("exporter", "alloy"))
            .rule(copyLabel(RUNNER_COMPONENT_LABEL, "app"))
            .build();

    static final DiscoveryRelabel BLACKBOX_RELABEL =
        DiscoveryRelabel.builder("blackbox_targets")
            .targets(
                Expr.ref(PrometheusExporterBlackbox.KIND + "." + BLACKBOX_EXPORTER + ".targets"))
            .rule(setLabel("exporter", "blackbox-exporter"))
            .rule(copyLabel("__param_target", "target"))
            .rule(copyLabel("app", "app"))
            .build();

    /** What {@code prometheus.relabel "runner_meta"} receives on (built per render). */
    static final Expr RUNNER_META_RECEIVER =
        Expr.ref(PrometheusRelabel.KIND + "." + RUNNER_META + ".receiver");

    /** The chart's interval for every job. */
    static final String CHART_INTERVAL = ScrapeIntervalsValues.builder().build().defaultInterval();

    static final Map<Scrape, PrometheusScrape> CHART_SCRAPES = chartScrapes();

    static final List<RemoteWriteTarget> CHART_TARGETS = RunnerPipelineSettings.CHART_TARGETS;

    static final List<PrometheusRemoteWrite> CHART_REMOTE_WRITES = components(CHART_TARGETS);

    /** The printed text of each component above, by identity. */
    static final Map<PipelineBlock, String> TEXTS = texts();

    private Fixed() {}

    private static Map<Scrape, PrometheusScrape> chartScrapes() {
      Map<Scrape, PrometheusScrape> scrapes = new EnumMap<>(Scrape.class);
      for (Scrape job : Scrape.values()) {
        scrapes.put(job, job.build(CHART_INTERVAL));
      }
      return Collections.unmodifiableMap(scrapes);
    }

    private static Map<PipelineBlock, String> texts() {
      Map<PipelineBlock, String> texts = new IdentityHashMap<>();
      List<PipelineBlock> fixed = new ArrayList<>(CHART_REMOTE_WRITES);
      fixed.addAll(
          List.of(
              LOGGING,
              LIVE_DEBUGGING,
              KUBE_STATE_METRICS_RELABEL,
              CADVISOR,
              RUNNER_PODS_RELABEL,
              ALLOY_SELF,
              ALLOY_RELABEL,
              BLACKBOX_RELABEL));
      fixed.addAll(CHART_SCRAPES.values());
      for (PipelineBlock block : fixed) {
        texts.put(block, print(block));
      }
      return Collections.unmodifiableMap(texts);
    }

    /** The targets {@code discovery.kubernetes "label"} exports (built per render). */
    private static Expr discovered(String label) {
      return Expr.ref(DiscoveryKubernetes.KIND + "." + label + ".targets");
    }
  }

  private static List<PrometheusRemoteWrite> remoteWrites(List<RemoteWriteTarget> targets) {
    return targets.equals(Fixed.CHART_TARGETS) ? Fixed.CHART_REMOTE_WRITES : components(targets);
  }

  /**
   * Each target's component. Loops, not streams and lambdas, on the way to a render: a fresh JVM
   * spins a class for each lambda it meets.
   */
  private static List<PrometheusRemoteWrite> components(List<RemoteWriteTarget> targets) {
    List<PrometheusRemoteWrite> out = new ArrayList<>(targets.size());
    for (RemoteWriteTarget target : targets) {
      out.add(target.toComponent());
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The blocks that depend on the namespace alone (discovery of kube-state-metrics and of the
   * runner's pods, the blackbox exporter's probes of the namespace's services). With the chart's
   * probes they are built and printed once per namespace (a fleet has far fewer namespaces than
   * runners), built with the namespace's real value and kept by it; other probes are built each
   * time.
   */
  private record NamespaceParts(
      DiscoveryKubernetes kubeStateMetrics,
      DiscoveryKubernetes runnerPods,
      PrometheusExporterBlackbox blackbox,
      Map<PipelineBlock, String> texts) {
    private static final int MAX_NAMESPACES = 256;
    private static final Map<String, NamespaceParts> CHART_PROBES = new ConcurrentHashMap<>();

    static NamespaceParts of(RunnerPipelineSettings settings) {
      String namespace = settings.namespace();
      if (!settings.blackboxProbes().equals(RunnerPipelineSettings.CHART_PROBES)
          || settings.fixUndefinedBlackboxModule()) {
        return build(settings, false);
      }
      NamespaceParts parts = CHART_PROBES.get(namespace);
      if (parts == null) {
        if (CHART_PROBES.size() >= MAX_NAMESPACES) {
          CHART_PROBES.clear();
        }
        parts = build(settings, true);
        CHART_PROBES.put(namespace, parts);
      }
      return parts;
    }

    private static NamespaceParts build(RunnerPipelineSettings settings, boolean printed) {
      String namespace = settings.namespace();
      DiscoveryKubernetes kubeStateMetrics = kubeStateMetricsDiscovery(namespace);
      DiscoveryKubernetes runnerPods = runnerPodsDiscovery(namespace);
      PrometheusExporterBlackbox blackbox = blackboxExporter(settings);
      Map<PipelineBlock, String> texts = new IdentityHashMap<>();
      if (printed) {
        for (PipelineBlock block : List.of(kubeStateMetrics, runnerPods, blackbox)) {
          texts.put(block, print(block));
        }
      }
      return new NamespaceParts(
          kubeStateMetrics, runnerPods, blackbox, Collections.unmodifiableMap(texts));
    }
  }

  private static DiscoveryKubernetes kubeStateMetricsDiscovery(String namespace) {
    return DiscoveryKubernetes.builder(KUBE_STATE_METRICS)
        .comment(
            "---------------------------- kube-state-metrics ----------------------------",
            "",
            "Kube service discovery")
        .role(Role.SERVICE)
        .namespaces(List.of(namespace))
        .build();
  }

  private static DiscoveryKubernetes runnerPodsDiscovery(String namespace) {
    return DiscoveryKubernetes.builder(RUNNER_NAMESPACE_PODS)
        .comment(
            "------------------------ Kubiya components ----------------------------------",
            "",
            "Discover all pods in runner's namespace")
        .role(Role.POD)
        .namespaces(List.of(namespace))
        .build();
  }

  private static PrometheusExporterBlackbox blackboxExporter(RunnerPipelineSettings settings) {
    BlackboxConfig config = Fixed.BLACKBOX_CONFIG;
    PrometheusExporterBlackbox.Builder exporter =
        PrometheusExporterBlackbox.builder(BLACKBOX_EXPORTER)
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
    return exporter.build();
  }

  private static List<Expr> receivers(List<PrometheusRemoteWrite> remoteWrites) {
    List<Expr> out = new ArrayList<>(remoteWrites.size());
    for (PrometheusRemoteWrite remoteWrite : remoteWrites) {
      out.add(remoteWrite.receiver());
    }
    return out;
  }

  private static PrometheusRelabel runnerMeta(
      RunnerPipelineSettings settings, List<PrometheusRemoteWrite> remoteWrites) {
    return PrometheusRelabel.builder(RUNNER_META)
        .comment("----------------------- Runner meta labels -----------------------------")
        .forwardTo(receivers(remoteWrites))
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

  /** A job's interval: its own, or the default when empty. */
  private static String interval(ScrapeIntervalsValues intervals, String job) {
    return job.isEmpty() ? intervals.defaultInterval() : job;
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
