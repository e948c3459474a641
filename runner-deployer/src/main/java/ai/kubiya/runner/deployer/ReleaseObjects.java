package ai.kubiya.runner.deployer;

import ai.kubiya.runner.deployer.Reconciler.History;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The deployer's view of one release's recorded and live objects, with its ownership and apply
 * rules: the narrow seam drift detection ({@code ai.kubiya.runner.deployer.drift}) builds on. Reads
 * go through the deployer's retry policy; writes through its apply path (server-side apply, or the
 * create-or-replace fallback), and only ever to objects that carry the release's labels.
 */
public final class ReleaseObjects {
  /** Label: the release name. */
  public static final String RELEASE_LABEL = Ownership.RELEASE_LABEL;

  /** Label: the release namespace. */
  public static final String NAMESPACE_LABEL = Ownership.NAMESPACE_LABEL;

  /** Annotation: the digest of the desired object last applied. */
  public static final String DIGEST_ANNOTATION = Ownership.DIGEST_ANNOTATION;

  private final HistoryStore history;
  private final LiveObjects live;
  private final Applier applier;
  private final DeployOptions options;
  private final ReleaseLocks locks;

  private ReleaseObjects(KubernetesClient client, DeployOptions options) {
    this.options = options;
    Retrier retrier = new Retrier(options.retryPolicy(), options.progressListener());
    this.history = new HistoryStore(client, retrier);
    this.live = new LiveObjects(client, retrier);
    this.applier = new Applier(client, options, retrier);
    this.locks = ReleaseLocks.of(client, retrier, options, Clock.systemUTC());
  }

  /**
   * Release objects on this client with these deployer options (field manager, apply mode,
   * retries).
   */
  public static ReleaseObjects create(KubernetesClient client, DeployOptions options) {
    return new ReleaseObjects(
        Objects.requireNonNull(client, "client"), Objects.requireNonNull(options, "options"));
  }

  /** The options. */
  public DeployOptions options() {
    return options;
  }

  /**
   * Takes the release's lock: the Lease the deployer's install, upgrade, rollback and uninstall
   * take, so that writes made while it is held never interleave with theirs. Waits up to the
   * options' lock wait for another holder; closing the lock releases it.
   *
   * @throws DeployException when another holder keeps it past the wait (the message names it)
   */
  public Lock lock(ReleaseId release) {
    return new Lock(locks.lockRelease(release));
  }

  /** The locks one caller holds on a release; {@link #close} releases them. */
  public static final class Lock implements AutoCloseable {
    private final ReleaseLocks.Held held;

    Lock(ReleaseLocks.Held held) {
      this.held = held;
    }

    /**
     * Also takes the cluster-wide lock of the releases' cluster-scoped objects, unless held; before
     * writing one of those.
     *
     * @throws DeployException when another holder keeps it past the wait
     */
    public void lockClusterObjects() {
      held.lockClusterObjects();
    }

    /**
     * Throws a {@link DeployException} when a lock was lost (another holder took it over after it
     * expired); call before each write, {@code before} naming it.
     */
    public void check(String before) {
      held.check(before);
    }

    @Override
    public void close() {
      held.close();
    }
  }

  /** The release's revisions, oldest first. */
  public List<RevisionRecord> history(ReleaseId release) {
    return history.list(release);
  }

  /** The deployed revision among {@code records} (the latest one marked deployed), if any. */
  public static Optional<RevisionRecord> deployed(List<RevisionRecord> records) {
    return new History(records).deployed();
  }

  /** The objects a revision recorded, decoded from its stored manifest. */
  public static List<HasMetadata> objects(RevisionRecord record) {
    List<HasMetadata> objects = new ArrayList<>();
    ManifestCodec.parse(record.manifestYaml()).forEach(objects::add);
    return objects;
  }

  /**
   * A rendered object as the deployer writes it, as a JSON tree: server-set fields dropped, the
   * release namespace filled in, Secret {@code stringData} folded into {@code data}, the release
   * labels and the applied-digest annotation stamped.
   */
  public static ObjectNode desiredTree(HasMetadata rendered, ReleaseId release) {
    return ObjectTrees.toTree(PreparedObject.of(rendered, release).object());
  }

  /** Any object as a JSON tree (nulls left out), the form {@link #desiredTree} compares with. */
  public static ObjectNode tree(HasMetadata object) {
    return ObjectTrees.toTree(object);
  }

  /** The reference the deployer uses for a rendered object of the release (namespace filled in). */
  public static ObjectRef ref(HasMetadata rendered, ReleaseId release) {
    return PreparedObject.of(rendered, release).ref();
  }

  /**
   * Every live object, whoever owns it, of the kinds and namespaces of {@code objects} (history
   * records excluded): one list request per kind and namespace.
   */
  public Map<ObjectRef, HasMetadata> live(ReleaseId release, Collection<HasMetadata> objects) {
    Set<ListTarget> targets = new LinkedHashSet<>();
    for (HasMetadata object : objects) {
      targets.add(PreparedObject.of(object, release).target());
    }
    return live.all(targets);
  }

  /** True when the object carries this release's labels. */
  public static boolean ownedBy(HasMetadata object, ReleaseId release) {
    return Ownership.ownedBy(object, release);
  }

  /** True when the object asks to be kept ({@code helm.sh/resource-policy: keep}). */
  public static boolean keep(HasMetadata object) {
    return Ownership.keepOnUninstall(object);
  }

  /**
   * Puts the SDK's fields of a rendered object back, keeping every field it does not set: created
   * when {@code current} is null; else server-side applied (other managers' fields stay), or, on
   * the create-or-replace fallback, replaced by the live object with the desired fields laid over
   * it (objects merged key by key, lists of named elements by name, other lists replaced). {@code
   * adjust} edits the stamped desired tree first (to drop fields the caller leaves alone).
   *
   * @throws DeployException when {@code current} does not carry the release's labels, or the write
   *     fails
   */
  public HasMetadata restore(
      ReleaseId release,
      HasMetadata rendered,
      HasMetadata current,
      UnaryOperator<ObjectNode> adjust) {
    PreparedObject prepared = PreparedObject.of(rendered, release);
    if (current != null && !Ownership.ownedBy(current, release)) {
      throw new DeployException(
          "refusing to change " + prepared.ref() + ": it " + Ownership.describeOwner(current));
    }
    ObjectNode desired = adjust.apply(ObjectTrees.toTree(prepared.object()));
    PreparedObject toApply = withTree(prepared, desired);
    PreparedObject merged =
        current == null
            ? toApply
            : withTree(prepared, TreeMerge.overlay(ObjectTrees.toTree(current), desired));
    try {
      return applier.restore(toApply, merged, current);
    } catch (RuntimeException e) {
      throw new DeployException("restore " + prepared.ref() + ": " + Retrier.summary(e), e);
    }
  }

  /**
   * Deletes an object of the release that is no longer rendered; objects without the release's
   * labels or annotated {@code helm.sh/resource-policy: keep} are left alone (false).
   */
  public boolean deleteLeftBehind(ReleaseId release, HasMetadata current) {
    if (!Ownership.mayDelete(current, release)) {
      return false;
    }
    try {
      return applier.delete(current, fresh -> Ownership.mayDelete(fresh, release));
    } catch (RuntimeException e) {
      throw new DeployException("delete " + ObjectRef.of(current) + ": " + Retrier.summary(e), e);
    }
  }

  private static PreparedObject withTree(PreparedObject prepared, ObjectNode tree) {
    ObjectNode clean = tree.deepCopy();
    clean.remove("status");
    HasMetadata object = ObjectTrees.fromTree(clean, prepared.type());
    return new PreparedObject(
        prepared.ref(), prepared.type(), prepared.desired(), prepared.digest(), object);
  }
}
