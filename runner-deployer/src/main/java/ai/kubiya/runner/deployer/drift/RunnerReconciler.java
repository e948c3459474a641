package ai.kubiya.runner.deployer.drift;

import ai.kubiya.runner.deployer.ReleaseId;
import ai.kubiya.runner.deployer.ReleaseObjects;
import ai.kubiya.runner.deployer.RevisionRecord;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps one or many releases in line with their deployed revisions: watches their objects with
 * fabric8 informers (one per kind and namespace, shared by every release there, selecting the
 * objects that carry a release label), scans a release when one of its objects changes (changes
 * within {@link ReconcilerOptions#debounce()} coalesce into one scan), and with {@link
 * ReconcilerOptions#heal()} restores what drifted, backing off from objects another writer keeps
 * changing ({@link BackoffPolicy}). Every release is also scanned every {@link
 * ReconcilerOptions#resync()}, so a missed watch event is caught up (and {@code informers(false)}
 * polls only).
 *
 * <pre>{@code
 * try (RunnerReconciler reconciler = RunnerReconciler.start(client, ReconcilerOptions.builder()
 *         .addReleases(
 *             ReleaseId.of("team-a-runner", "team-a"), ReleaseId.of("team-b-runner", "team-b"))
 *         .heal(true)
 *         .drift(DriftOptions.builder()
 *             .addIgnore(IgnoreRule.parse("Deployment/*:spec.replicas"))
 *             .build())
 *         .build(),
 *     event -> log.info("{}", event))) {
 *   ...                                             // runs on its own threads
 *   ReconcilerMetrics m = reconciler.metrics();     // drifts found, healed, failed, fights, writes
 * }
 * }</pre>
 */
public final class RunnerReconciler implements AutoCloseable {
  private final KubernetesClient client;
  private final ReconcilerOptions options;
  private final ScheduledExecutorService executor;
  private final Counters counters = new Counters();
  private final Map<ReleaseId, ReleaseWatch> watches = new LinkedHashMap<>();
  private final List<SharedIndexInformer<? extends HasMetadata>> informers = new ArrayList<>();
  private volatile boolean closed;

  private RunnerReconciler(
      KubernetesClient client,
      ReconcilerOptions options,
      ReconcilerListener listener,
      Clock clock) {
    this.client = client;
    this.options = options;
    AtomicInteger threadNumber = new AtomicInteger();
    this.executor =
        Executors.newScheduledThreadPool(
            options.threads(),
            runnable -> {
              Thread thread =
                  new Thread(runnable, "runner-reconciler-" + threadNumber.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    DriftDetector detector = DriftDetector.create(client, options.drift());
    for (ReleaseId release : new LinkedHashSet<>(options.releases())) {
      watches.put(
          release,
          new ReleaseWatch(release, detector, options, executor, counters, listener, clock));
    }
  }

  /**
   * Starts watching: informers first (their initial listing triggers the first scan of each
   * release), then the periodic resync. Returns at once; events arrive on the reconciler's threads.
   */
  public static RunnerReconciler start(
      KubernetesClient client, ReconcilerOptions options, ReconcilerListener listener) {
    RunnerReconciler reconciler =
        new RunnerReconciler(
            Objects.requireNonNull(client, "client"),
            Objects.requireNonNull(options, "options"),
            Objects.requireNonNull(listener, "listener"),
            Clock.systemUTC());
    reconciler.begin();
    return reconciler;
  }

  private void begin() {
    if (options.informers()) {
      startInformers();
    }
    long resync = options.resync().toMillis();
    executor.scheduleAtFixedRate(
        () -> watches.values().forEach(w -> w.trigger(Duration.ZERO)),
        0,
        resync,
        TimeUnit.MILLISECONDS);
  }

  private void startInformers() {
    ReleaseObjects objects = ReleaseObjects.create(client, options.drift().deployOptions());
    Map<String, Class<? extends HasMetadata>> targets = new LinkedHashMap<>();
    for (ReleaseId release : watches.keySet()) {
      List<RevisionRecord> records = objects.history(release);
      for (RevisionRecord record : records) {
        for (HasMetadata object : ReleaseObjects.objects(record)) {
          boolean namespaced = object instanceof Namespaced;
          String namespace = namespaced ? release.namespace() : "";
          targets.putIfAbsent(object.getClass().getName() + "@" + namespace, object.getClass());
        }
      }
    }
    for (Map.Entry<String, Class<? extends HasMetadata>> target : targets.entrySet()) {
      String namespace = target.getKey().substring(target.getKey().indexOf('@') + 1);
      informers.add(inform(target.getValue(), namespace.isEmpty() ? null : namespace));
    }
  }

  private <T extends HasMetadata> SharedIndexInformer<T> inform(Class<T> type, String namespace) {
    var resources = client.resources(type);
    var scoped = namespace == null ? resources : resources.inNamespace(namespace);
    return scoped
        .withLabel(ReleaseObjects.RELEASE_LABEL)
        .inform(
            new ResourceEventHandler<T>() {
              @Override
              public void onAdd(T object) {
                changed(object);
              }

              @Override
              public void onUpdate(T before, T after) {
                changed(after);
                if (!Objects.equals(labelsOf(before), labelsOf(after))) {
                  changed(before);
                }
              }

              @Override
              public void onDelete(T object, boolean finalStateUnknown) {
                changed(object);
              }
            },
            options.resync().toMillis());
  }

  private static Map<String, String> labelsOf(HasMetadata object) {
    return object.getMetadata().getLabels();
  }

  private void changed(HasMetadata object) {
    Map<String, String> labels = object.getMetadata().getLabels();
    if (labels == null || closed) {
      return;
    }
    String name = labels.get(ReleaseObjects.RELEASE_LABEL);
    String namespace = labels.get(ReleaseObjects.NAMESPACE_LABEL);
    if (name == null || namespace == null) {
      return;
    }
    ReleaseWatch watch = watches.get(ReleaseId.of(name, namespace));
    if (watch != null) {
      watch.trigger(options.debounce());
    }
  }

  /** The releases watched. */
  public Set<ReleaseId> releases() {
    return Set.copyOf(watches.keySet());
  }

  /** The number of informers running (one per kind and namespace). */
  public int informerCount() {
    return informers.size();
  }

  /** A snapshot of the counters since the start. */
  public ReconcilerMetrics metrics() {
    return counters.snapshot();
  }

  /** Asks for a scan of every release now (as the resync does). */
  public void rescan() {
    watches.values().forEach(w -> w.trigger(Duration.ZERO));
  }

  /** Stops the informers and the threads; waits up to 10 s for a running scan to end. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    watches.values().forEach(ReleaseWatch::close);
    informers.forEach(SharedIndexInformer::stop);
    executor.shutdownNow();
    try {
      executor.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
