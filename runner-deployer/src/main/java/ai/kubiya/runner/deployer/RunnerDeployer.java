package ai.kubiya.runner.deployer;

import ai.kubiya.runner.deployer.Reconciler.History;
import ai.kubiya.runner.deployer.Reconciler.Operation;
import ai.kubiya.runner.model.RunnerConfig;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Puts a Kubiya Runner on a cluster and keeps it right, in place of {@code helm install / upgrade /
 * rollback / uninstall}: plans against the live objects, writes them with server-side apply in
 * Helm's kind order (the chart's hook secrets first), waits for the workloads, prunes what the
 * release no longer renders, and records each revision in the release's namespace.
 *
 * <p>Objects that do not carry the release's labels are never changed or deleted; a rendered name
 * that clashes with such an object fails the plan before anything is written.
 *
 * <pre>{@code
 * try (KubernetesClient client = new KubernetesClientBuilder().build()) {
 *   RunnerDeployer deployer = RunnerDeployer.create(client, DeployOptions.builder()
 *       .waitTimeout(Duration.ofMinutes(5))
 *       .progressListener(System.out::println)
 *       .build());
 *   RunnerConfig config = RunnerConfigLoader.create().release("deployment-x").namespace("kubiya")
 *       .valuesFile(Path.of("values.yaml")).load();
 *   Plan plan = deployer.plan(config);          // nothing written
 *   DeployResult result = deployer.install(config);
 *   ReleaseStatus status = deployer.status(ReleaseId.of("deployment-x", "kubiya"));
 * }
 * }</pre>
 *
 * <p>Install, upgrade, rollback and uninstall hold a lock on the release (a {@code
 * coordination.k8s.io/v1} Lease {@code kubiya-runner.lock.<release>} in its namespace) from before
 * the plan until the history is written, and a cluster-wide Lease while cluster-scoped objects are
 * involved (see {@link DeployOptions#lockWait()} and {@link DeployOptions#clusterLockNamespace()}),
 * so concurrent operations from any number of processes serialize or fail naming the holder. A
 * deployer is safe to use from one thread at a time.
 */
public final class RunnerDeployer {
  private final Reconciler reconciler;
  private final Uninstaller uninstaller;
  private final StatusReader statusReader;
  private final HistoryStore history;
  private final Applier applier;
  private final DeployOptions options;
  private final ReleaseLister lister;
  private final UninstallPlanner uninstallPlanner;

  RunnerDeployer(KubernetesClient client, DeployOptions options, Clock clock) {
    this.options = Objects.requireNonNull(options, "options");
    Retrier retrier = new Retrier(options.retryPolicy(), options.progressListener());
    LiveObjects live = new LiveObjects(client, retrier);
    this.history = new HistoryStore(client, retrier);
    this.applier = new Applier(client, options, retrier);
    ReleaseLocks locks = ReleaseLocks.of(client, retrier, options, clock);
    this.reconciler =
        new Reconciler(history, live, applier, new Readiness(live, options), locks, options, clock);
    this.uninstaller = new Uninstaller(history, live, applier, locks, options.progressListener());
    this.statusReader =
        new StatusReader(client, history, live, retrier, options.restartWindow(), clock);
    this.lister = new ReleaseLister(client, retrier);
    this.uninstallPlanner = new UninstallPlanner(history, live);
  }

  /** {@code user@host pid N #random}: who holds the locks this deployer takes. */
  static String defaultHolder() {
    String host;
    try {
      host = java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException | RuntimeException e) {
      host = "unknown-host";
    }
    String user = System.getProperty("user.name", "unknown");
    return user
        + "@"
        + host
        + " pid "
        + ProcessHandle.current().pid()
        + " #"
        + java.util.HexFormat.of()
            .toHexDigits(new java.security.SecureRandom().nextInt())
            .substring(2);
  }

  /** A deployer with the default options. */
  public static RunnerDeployer create(KubernetesClient client) {
    return create(client, DeployOptions.defaults());
  }

  /** A deployer with these options. The client is not closed by the deployer. */
  public static RunnerDeployer create(KubernetesClient client, DeployOptions options) {
    return new RunnerDeployer(Objects.requireNonNull(client, "client"), options, Clock.systemUTC());
  }

  /** The options. */
  public DeployOptions options() {
    return options;
  }

  /** The plan of installing or upgrading to the runner {@code config} describes. */
  public Plan plan(RunnerConfig config) {
    return plan(ReleaseManifest.render(config));
  }

  /** Installs the runner {@code config} describes (see {@link #install(ReleaseManifest)}). */
  public DeployResult install(RunnerConfig config) {
    return install(ReleaseManifest.render(config));
  }

  /** Upgrades to the runner {@code config} describes (see {@link #upgrade(ReleaseManifest)}). */
  public DeployResult upgrade(RunnerConfig config) {
    return upgrade(ReleaseManifest.render(config));
  }

  /**
   * What installing or upgrading to {@code desired} would create, change and delete. Reads only.
   */
  public Plan plan(ReleaseManifest desired) {
    return guard("plan " + desired.release(), () -> reconciler.plan(desired));
  }

  /**
   * Installs the release. On a release that is already installed this is an upgrade, so running an
   * install twice changes nothing the second time, and re-running an interrupted install converges.
   */
  public DeployResult install(ReleaseManifest desired) {
    return guard(
        "install " + desired.release(), () -> reconciler.run(Operation.INSTALL, desired, ""));
  }

  /**
   * Upgrades an installed release to {@code desired}; refused when the release is not installed.
   */
  public DeployResult upgrade(ReleaseManifest desired) {
    return guard(
        "upgrade " + desired.release(), () -> reconciler.run(Operation.UPGRADE, desired, ""));
  }

  /** The release's revisions, oldest first; empty when it has none. */
  public List<RevisionRecord> history(ReleaseId release) {
    return guard("history of " + release, () -> history.list(release));
  }

  /**
   * Re-applies the objects and values of an earlier revision as a new revision (like {@code helm
   * rollback}), pruning what that revision did not have.
   */
  public DeployResult rollback(ReleaseId release, int revision) {
    ReleaseManifest desired = rollbackTarget(release, revision);
    return guard(
        "rollback " + release,
        () -> reconciler.run(Operation.ROLLBACK, desired, "Rollback to " + revision));
  }

  /** What {@link #rollback(ReleaseId, int)} would do ({@code rollback --dry-run}). Reads only. */
  public Plan planRollback(ReleaseId release, int revision) {
    return plan(rollbackTarget(release, revision));
  }

  /** What {@link #rollback(ReleaseId)} would do. Reads only. */
  public Plan planRollback(ReleaseId release) {
    return planRollback(release, previousDeployed(release));
  }

  /** What {@link #uninstall(ReleaseId)} would delete ({@code uninstall --dry-run}). Reads only. */
  public Plan planUninstall(ReleaseId release) {
    return guard("plan uninstall of " + release, () -> uninstallPlanner.plan(release));
  }

  private ReleaseManifest rollbackTarget(ReleaseId release, int revision) {
    History past = new History(history(release));
    RevisionRecord target =
        past.revision(revision)
            .orElseThrow(
                () ->
                    new DeployException(
                        "release "
                            + release.name()
                            + " has no revision "
                            + revision
                            + (past.records().isEmpty()
                                ? " (it has no history in namespace " + release.namespace() + ")"
                                : " (revisions: "
                                    + past.records().stream()
                                        .map(r -> Integer.toString(r.revision()))
                                        .collect(Collectors.joining(", "))
                                    + ")")));
    return ReleaseManifest.builder()
        .release(release)
        .manifests(ManifestCodec.parse(target.manifestYaml()))
        .valuesYaml(target.valuesYaml())
        .chartVersion(target.chartVersion())
        .build();
  }

  /** Rolls back to the revision deployed before the current one. */
  public DeployResult rollback(ReleaseId release) {
    return rollback(release, previousDeployed(release));
  }

  private int previousDeployed(ReleaseId release) {
    return history(release).stream()
        .filter(r -> r.status() == RevisionStatus.SUPERSEDED)
        .reduce((a, b) -> b)
        .orElseThrow(
            () ->
                new DeployException(
                    "release "
                        + release.name()
                        + " has no earlier deployed revision to roll back to"))
        .revision();
  }

  /**
   * Install and upgrade with Helm's {@code --atomic}: a failure or wait timeout rolls back to the
   * previous deployed revision, or uninstalls a failed first install (see {@link AtomicDeployer}).
   */
  public AtomicDeployer atomic() {
    return new AtomicDeployer(this, history);
  }

  /**
   * Every runner release in {@code namespace} the SDK manages (found by its history records), by
   * name; each from its latest revision.
   */
  public List<ReleaseSummary> list(String namespace) {
    Objects.requireNonNull(namespace, "namespace");
    return guard("list releases in " + namespace, () -> lister.list(namespace));
  }

  /** Every runner release in every namespace, by namespace then name ({@code list -A}). */
  public List<ReleaseSummary> listAll() {
    return guard("list releases", () -> lister.list(null));
  }

  /**
   * One revision of the release ({@code get values|manifest --revision N}).
   *
   * @throws DeployException naming the revisions there are when it has no such revision
   */
  public RevisionRecord revision(ReleaseId release, int revision) {
    List<RevisionRecord> records = history(release);
    return records.stream()
        .filter(r -> r.revision() == revision)
        .findFirst()
        .orElseThrow(
            () ->
                new DeployException(
                    "release "
                        + release.name()
                        + " has no revision "
                        + revision
                        + (records.isEmpty()
                            ? " (it has no history in namespace " + release.namespace() + ")"
                            : " (revisions: "
                                + records.stream()
                                    .map(r -> Integer.toString(r.revision()))
                                    .collect(Collectors.joining(", "))
                                + ")")));
  }

  /**
   * The latest revision of the release ({@code get values|manifest}).
   *
   * @throws DeployException when the release has no history in its namespace
   */
  public RevisionRecord latestRevision(ReleaseId release) {
    List<RevisionRecord> records = history(release);
    if (records.isEmpty()) {
      throw new DeployException(
          "release " + release.name() + " not found in namespace " + release.namespace());
    }
    return records.get(records.size() - 1);
  }

  /** Uninstalls the release and keeps its history (marked uninstalled). */
  public UninstallResult uninstall(ReleaseId release) {
    return uninstall(release, HistoryRetention.KEEP);
  }

  /** Uninstalls the release, keeping or deleting its revision records. */
  public UninstallResult uninstall(ReleaseId release, HistoryRetention history) {
    return guard(
        "uninstall " + release,
        () -> uninstaller.uninstall(release, history == HistoryRetention.KEEP));
  }

  /** The live state and health of each component of the release. */
  public ReleaseStatus status(ReleaseId release) {
    return guard("status of " + release, () -> statusReader.status(release));
  }

  /**
   * Runs an operation; API failures outside a revision become a one-line {@link DeployException}.
   */
  private static <T> T guard(String what, Supplier<T> operation) {
    try {
      return operation.get();
    } catch (KubernetesClientException e) {
      throw new DeployException(what + ": " + Retrier.summary(e), e);
    }
  }

  /** True once writes use create-or-replace because the server rejected server-side apply. */
  public boolean usesApplyFallback() {
    return applier.usesFallback();
  }
}
