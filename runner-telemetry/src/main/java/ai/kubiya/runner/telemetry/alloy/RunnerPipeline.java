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
   * lines. The blocks that depend on no setting are not built: their text comes from the build's
   * snapshot ({@link FixedTexts}); those that depend on the namespace alone were printed once per
   * namespace; the others are printed now from the tree holding this runner's values.
   */
  public static String render(RunnerPipelineSettings settings) {
    NamespaceParts parts = NamespaceParts.of(settings);
    Texts texts = new Texts(parts);
    layout(settings, parts, texts);
    return String.join("\n", texts.texts); // each text ends with a newline: a blank line between
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
    return ChartBlackbox.CONFIG;
  }

  /** The pipeline's top-level blocks, in the chart's order. */
  public static List<PipelineBlock> blocks(RunnerPipelineSettings settings) {
    return blocks(settings, NamespaceParts.of(settings));
  }

  private static List<PipelineBlock> blocks(RunnerPipelineSettings settings, NamespaceParts parts) {
    Blocks blocks = new Blocks();
    layout(settings, parts, blocks);
    return List.copyOf(blocks.blocks);
  }

  /**
   * The pipeline's parts in the chart's order, each handed to {@code out}: a {@link FixedBlock} or
   * a block built for these settings. {@link #blocks} and {@link #render} both follow it, so the
   * text is that of the blocks.
   */
  private static void layout(RunnerPipelineSettings settings, NamespaceParts parts, Layout out) {
    ScrapeIntervalsValues intervals = settings.scrapeIntervals();
    out.fixed(FixedBlock.LOGGING);
    if (settings.liveDebugging()) {
      out.fixed(FixedBlock.LIVE_DEBUGGING);
    }
    // kube-state-metrics
    out.block(parts.kubeStateMetrics());
    out.fixed(FixedBlock.KUBE_STATE_METRICS_RELABEL);
    scrape(
        out,
        FixedBlock.KUBE_STATE_METRICS_SCRAPE,
        interval(intervals, intervals.kubeStateMetrics()));
    if (settings.cadvisorEnabled()) {
      out.fixed(FixedBlock.CADVISOR);
      scrape(out, FixedBlock.CADVISOR_SCRAPE, interval(intervals, intervals.cadvisor()));
    }
    // the runner's components
    out.block(parts.runnerPods());
    out.fixed(FixedBlock.RUNNER_PODS_RELABEL);
    scrape(out, FixedBlock.RUNNER_PODS_SCRAPE, interval(intervals, intervals.runnerExporters()));
    // Alloy itself
    out.fixed(FixedBlock.ALLOY_SELF);
    out.fixed(FixedBlock.ALLOY_RELABEL);
    scrape(out, FixedBlock.ALLOY_SCRAPE, interval(intervals, intervals.alloyExporter()));
    // blackbox probes
    out.block(parts.blackbox());
    out.fixed(FixedBlock.BLACKBOX_RELABEL);
    scrape(out, FixedBlock.BLACKBOX_SCRAPE, interval(intervals, intervals.blackboxExporter()));
    // runner metadata, then the remote writes it feeds
    List<RemoteWriteTarget> targets = settings.remoteWriteTargets();
    out.block(runnerMeta(settings, receivers(targets)));
    if (targets.equals(RunnerPipelineSettings.CHART_TARGETS)) {
      out.fixed(FixedBlock.CHART_REMOTE_WRITES);
    } else {
      for (RemoteWriteTarget target : targets) {
        out.block(target.toComponent());
      }
    }
  }

  /** Where {@link #layout} hands the pipeline's parts. */
  private abstract static class Layout {
    abstract void fixed(FixedBlock block);

    abstract void block(PipelineBlock block);
  }

  /** The parts as blocks: the fixed ones built once ({@link Fixed}). */
  private static final class Blocks extends Layout {
    final List<PipelineBlock> blocks = new ArrayList<>(24);

    @Override
    void fixed(FixedBlock block) {
      blocks.addAll(fixedBlocks(block));
    }

    @Override
    void block(PipelineBlock block) {
      blocks.add(block);
    }
  }

  /** The parts as text: the fixed ones from the snapshot, the namespace's as printed once. */
  private static final class Texts extends Layout {
    final List<String> texts = new ArrayList<>(24);
    private final NamespaceParts parts;

    Texts(NamespaceParts parts) {
      this.parts = parts;
    }

    @Override
    void fixed(FixedBlock block) {
      texts.add(FixedTexts.text(block));
    }

    @Override
    void block(PipelineBlock block) {
      String text = parts.texts().get(block);
      texts.add(text != null ? text : print(block));
    }
  }

  /** The blocks of {@code block}, built once. */
  static List<? extends PipelineBlock> fixedBlocks(FixedBlock block) {
    switch (block) {
      case LOGGING:
        return List.of(Fixed.LOGGING);
      case LIVE_DEBUGGING:
        return List.of(Fixed.LIVE_DEBUGGING);
      case KUBE_STATE_METRICS_RELABEL:
        return List.of(Fixed.KUBE_STATE_METRICS_RELABEL);
      case CADVISOR:
        return List.of(Fixed.CADVISOR);
      case RUNNER_PODS_RELABEL:
        return List.of(Fixed.RUNNER_PODS_RELABEL);
      case ALLOY_SELF:
        return List.of(Fixed.ALLOY_SELF);
      case ALLOY_RELABEL:
        return List.of(Fixed.ALLOY_RELABEL);
      case BLACKBOX_RELABEL:
        return List.of(Fixed.BLACKBOX_RELABEL);
      case CHART_REMOTE_WRITES:
        return Fixed.CHART_REMOTE_WRITES;
      default:
        return List.of(Fixed.CHART_SCRAPES.get(scrapeJob(block)));
    }
  }

  /**
   * The text of {@code block}'s blocks printed now, each ending with a newline, joined by blank
   * lines.
   */
  static String printFixed(FixedBlock block) {
    List<String> texts = new ArrayList<>();
    for (PipelineBlock built : fixedBlocks(block)) {
      texts.add(print(built));
    }
    return String.join("\n", texts);
  }

  /** The job a scrape's fixed block stands for (an if-chain: an enum switch adds a class). */
  private static Scrape scrapeJob(FixedBlock block) {
    if (block == FixedBlock.KUBE_STATE_METRICS_SCRAPE) {
      return Scrape.KUBE_STATE_METRICS;
    } else if (block == FixedBlock.CADVISOR_SCRAPE) {
      return Scrape.CADVISOR;
    } else if (block == FixedBlock.RUNNER_PODS_SCRAPE) {
      return Scrape.RUNNER_PODS;
    } else if (block == FixedBlock.ALLOY_SCRAPE) {
      return Scrape.ALLOY;
    } else if (block == FixedBlock.BLACKBOX_SCRAPE) {
      return Scrape.BLACKBOX;
    }
    throw new IllegalArgumentException("not a scrape: " + block);
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

  /** The scrape {@code block} stands for, every {@code interval}: fixed at the chart's interval. */
  private static void scrape(Layout out, FixedBlock block, String interval) {
    if (interval.equals(CHART_INTERVAL)) {
      out.fixed(block);
    } else {
      out.block(scrapeJob(block).build(interval));
    }
  }

  /** The chart's interval for every job. */
  private static final String CHART_INTERVAL =
      ScrapeIntervalsValues.builder().build().defaultInterval();

  private static final String KUBE_STATE_METRICS = "kube_state_metrics";
  private static final String RUNNER_NAMESPACE_PODS = "runner_namespace_pods";
  private static final String BLACKBOX_EXPORTER = "kubiya_runner";
  private static final String RUNNER_META = "runner_meta";

  /**
   * The chart's blackbox modules, built on first use: apart from {@link Fixed}, since the blackbox
   * exporter of every render holds them.
   */
  private static final class ChartBlackbox {
    static final BlackboxConfig CONFIG =
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

    private ChartBlackbox() {}
  }

  /**
   * The components that depend on no setting, built once: each render builds only the ones that
   * hold its namespace, release, organization, intervals, probes and remote-write targets.
   */
  private static final class Fixed {
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

    static final Map<Scrape, PrometheusScrape> CHART_SCRAPES = chartScrapes();

    static final List<RemoteWriteTarget> CHART_TARGETS = RunnerPipelineSettings.CHART_TARGETS;

    static final List<PrometheusRemoteWrite> CHART_REMOTE_WRITES = components(CHART_TARGETS);

    private Fixed() {}

    private static Map<Scrape, PrometheusScrape> chartScrapes() {
      Map<Scrape, PrometheusScrape> scrapes = new EnumMap<>(Scrape.class);
      for (Scrape job : Scrape.values()) {
        scrapes.put(job, job.build(RunnerPipeline.CHART_INTERVAL));
      }
      return Collections.unmodifiableMap(scrapes);
    }

    /** The targets {@code discovery.kubernetes "label"} exports (built per render). */
    private static Expr discovered(String label) {
      return Expr.ref(DiscoveryKubernetes.KIND + "." + label + ".targets");
    }
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
    BlackboxConfig config = ChartBlackbox.CONFIG;
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

  /**
   * What each target's {@code prometheus.remote_write} receives on, without building it: {@code
   * RunnerPipelineTest} holds it to the built component's {@code receiver()}.
   */
  static List<Expr> receivers(List<RemoteWriteTarget> targets) {
    List<Expr> out = new ArrayList<>(targets.size());
    for (RemoteWriteTarget target : targets) {
      out.add(Expr.ref(PrometheusRemoteWrite.KIND + "." + target.label() + ".receiver"));
    }
    return out;
  }

  private static PrometheusRelabel runnerMeta(
      RunnerPipelineSettings settings, List<Expr> receivers) {
    return PrometheusRelabel.builder(RUNNER_META)
        .comment("----------------------- Runner meta labels -----------------------------")
        .forwardTo(receivers)
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
