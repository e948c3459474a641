package ai.kubiya.runner.deployer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The steps of taking over, in place, objects another tool installed, so that this SDK's deployer
 * owns them afterwards as if it had installed them: preparing the SDK's version of each object,
 * reading the live ones, writing the SDK's ownership onto a live object (an update carrying its
 * resourceVersion and uid, never a delete and create) and recording the first revision. It is the
 * narrow seam {@link ai.kubiya.runner.deployer.helm.HelmAdoption} uses; most callers want {@link
 * RunnerDeployer}.
 *
 * <pre>{@code
 * ReleaseTakeover takeover = ReleaseTakeover.create(client, DeployOptions.defaults());
 * TakeoverObject object = takeover.prepare(renderedDeployment, release);
 * HasMetadata live = takeover.live(List.of(renderedDeployment), release).get(object.ref());
 * if (object.specChanges(live).isEmpty()) takeover.relabel(object, live);
 * else takeover.replace(object, live);
 * }</pre>
 */
public final class ReleaseTakeover {
  /** The label Helm and this SDK both use to say who manages an object. */
  public static final String MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";

  private final KubernetesClient client;
  private final Retrier retrier;
  private final LiveObjects live;
  private final HistoryStore history;
  private final Clock clock;
  private final String fieldManager;
  private final ReleaseLocks locks;

  ReleaseTakeover(KubernetesClient client, DeployOptions options, Clock clock) {
    this.client = Objects.requireNonNull(client, "client");
    this.fieldManager = options.fieldManager();
    this.retrier = new Retrier(options.retryPolicy(), options.progressListener());
    this.live = new LiveObjects(client, retrier);
    this.history = new HistoryStore(client, retrier);
    this.clock = clock;
    this.locks = ReleaseLocks.of(client, retrier, options, clock);
  }

  /**
   * Takes the release's lock, the Lease the deployer's operations take, so that a takeover's reads
   * and writes never interleave with theirs; see {@link ReleaseObjects#lock}.
   *
   * @throws DeployException when another holder keeps it past the options' lock wait
   */
  public ReleaseObjects.Lock lock(ReleaseId release) {
    return new ReleaseObjects.Lock(locks.lockRelease(release));
  }

  /** A takeover with the retry policy and progress listener of {@code options}. */
  public static ReleaseTakeover create(KubernetesClient client, DeployOptions options) {
    return new ReleaseTakeover(client, options, Clock.systemUTC());
  }

  /** The SDK's version of one rendered object of the release, ready to compare and write. */
  public TakeoverObject prepare(HasMetadata rendered, ReleaseId release) {
    return new TakeoverObject(PreparedObject.of(rendered, release));
  }

  /**
   * The live objects with the kinds and namespaces of {@code objects} (one list request per kind
   * and namespace; objects without a namespace are looked up in the release namespace when their
   * kind is namespaced), whoever owns them, keyed by reference.
   */
  public Map<ObjectRef, HasMetadata> live(
      Collection<? extends HasMetadata> objects, ReleaseId release) {
    Set<ListTarget> targets = new LinkedHashSet<>();
    for (HasMetadata object : objects) {
      targets.add(PreparedObject.of(object, release).target());
    }
    return call("list live objects", () -> live.all(targets));
  }

  /** The reference of a rendered object once placed in the release (its namespace filled in). */
  public static ObjectRef refIn(HasMetadata object, ReleaseId release) {
    String namespace = object.getMetadata().getNamespace();
    if (object instanceof Namespaced && namespace == null) {
      namespace = release.namespace();
    }
    return ObjectRef.of(
        object.getKind(),
        object instanceof Namespaced ? namespace : null,
        object.getMetadata().getName());
  }

  /** True when the object carries the SDK's ownership labels of {@code release}. */
  public static boolean ownedBy(HasMetadata object, ReleaseId release) {
    return Ownership.ownedBy(object, release);
  }

  /** True when the object carries the SDK's ownership labels of any release. */
  public static boolean ownedByAnyRelease(HasMetadata object) {
    Map<String, String> labels = object.getMetadata().getLabels();
    return labels != null && labels.containsKey(Ownership.RELEASE_LABEL);
  }

  /** Who owns an object, for messages ({@code belongs to release ns/x}, ...). */
  public static String describeOwner(HasMetadata object) {
    return Ownership.describeOwner(object);
  }

  /**
   * Writes only the SDK's ownership onto the live object: its labels become the rendered object's
   * labels over the live ones plus the release labels, the annotations the rendered object sets and
   * the applied digest are added, and {@code dropAnnotations} are removed. Nothing else of the live
   * object changes. One {@code PUT} with the live resourceVersion; the fields {@code
   * previousManager} applied pass to this SDK's field manager.
   */
  public HasMetadata relabel(
      TakeoverObject object,
      HasMetadata live,
      Collection<String> dropAnnotations,
      String previousManager) {
    ObjectNode tree = ObjectTrees.toTree(live);
    ObjectNode metadata = tree.withObjectProperty("metadata");
    transferManagedFields(metadata, previousManager);
    ObjectNode desiredMetadata = (ObjectNode) object.prepared.desired().path("metadata");
    ObjectNode labels = metadata.withObjectProperty("labels");
    desiredMetadata.path("labels").properties().forEach(e -> labels.set(e.getKey(), e.getValue()));
    ObjectNode annotations = metadata.withObjectProperty("annotations");
    dropAnnotations.forEach(annotations::remove);
    desiredMetadata
        .path("annotations")
        .properties()
        .forEach(e -> annotations.set(e.getKey(), e.getValue()));
    ObjectTrees.stamp(tree, object.release(), object.digest());
    HasMetadata update = ObjectTrees.fromTree(tree, object.prepared.type());
    return call(
        "adopt " + object.ref(),
        () -> retrier.call("adopt " + object.ref(), () -> client.resource(update).update()));
  }

  /**
   * Writes ownership labels onto a live object the SDK does not render (it is then the release's
   * and the next upgrade deletes it): the release labels, {@code managedBy} as the managed-by
   * label, {@code dropAnnotations} removed. One {@code PUT} with the live resourceVersion.
   */
  public HasMetadata relabelUnrendered(
      HasMetadata live,
      ReleaseId release,
      String managedBy,
      Collection<String> dropAnnotations,
      String previousManager) {
    ObjectNode tree = ObjectTrees.toTree(live);
    ObjectNode metadata = tree.withObjectProperty("metadata");
    transferManagedFields(metadata, previousManager);
    metadata
        .withObjectProperty("labels")
        .put(Ownership.RELEASE_LABEL, release.name())
        .put(Ownership.NAMESPACE_LABEL, release.namespace())
        .put(MANAGED_BY_LABEL, managedBy);
    ObjectNode annotations = metadata.withObjectProperty("annotations");
    dropAnnotations.forEach(annotations::remove);
    HasMetadata update = ObjectTrees.fromTree(tree, live.getClass());
    return call(
        "adopt " + ObjectRef.of(live),
        () -> retrier.call("adopt " + ObjectRef.of(live), () -> client.resource(update).update()));
  }

  /**
   * Replaces the live object with the SDK's render, keeping its identity: one {@code PUT} of the
   * stamped render carrying the live resourceVersion and uid (a Service keeps its cluster IPs), and
   * the live managedFields with {@code previousManager}'s passed to this SDK.
   */
  public HasMetadata replace(TakeoverObject object, HasMetadata live, String previousManager) {
    ObjectNode tree = ObjectTrees.toTree(object.prepared.object());
    ObjectNode metadata = tree.withObjectProperty("metadata");
    metadata.put("resourceVersion", live.getMetadata().getResourceVersion());
    metadata.put("uid", live.getMetadata().getUid());
    JsonNode liveManaged = ObjectTrees.toTree(live).path("metadata").path("managedFields");
    if (liveManaged.isArray() && !liveManaged.isEmpty()) {
      metadata.set("managedFields", liveManaged.deepCopy());
      transferManagedFields(metadata, previousManager);
    }
    if ("Service".equals(object.ref().kind())) {
      JsonNode liveSpec = ObjectTrees.toTree(live).path("spec");
      ObjectNode spec = tree.withObjectProperty("spec");
      for (String field : new String[] {"clusterIP", "clusterIPs"}) {
        if (!spec.has(field) && liveSpec.has(field)) {
          spec.set(field, liveSpec.get(field));
        }
      }
    }
    HasMetadata update = ObjectTrees.fromTree(tree, object.prepared.type());
    return call(
        "adopt " + object.ref(),
        () -> retrier.call("adopt " + object.ref(), () -> client.resource(update).update()));
  }

  /**
   * Hands the fields {@code previousManager} manages to this SDK's field manager, as an apply (so
   * the SDK's next server-side apply owns them and meets no conflict with the previous tool),
   * unless the SDK's manager already has an entry; entries of subresources are left. On a server
   * that keeps no managedFields (the mock server) there is nothing to do.
   */
  private void transferManagedFields(ObjectNode metadata, String previousManager) {
    JsonNode managed = metadata.path("managedFields");
    if (!managed.isArray()) {
      metadata.remove("managedFields");
      return;
    }
    boolean ours = false;
    for (JsonNode entry : managed) {
      ours |= fieldManager.equals(entry.path("manager").asText()) && !entry.has("subresource");
    }
    if (ours) {
      return;
    }
    for (JsonNode entry : managed) {
      if (previousManager.equals(entry.path("manager").asText())
          && entry.path("subresource").asText("").isEmpty()) {
        ((ObjectNode) entry).put("manager", fieldManager).put("operation", "Apply");
      }
    }
  }

  /** Creates an object the release renders and the cluster lacks. */
  public HasMetadata create(TakeoverObject object) {
    return call(
        "create " + object.ref(),
        () ->
            retrier.call(
                "create " + object.ref(),
                () -> client.resource(object.prepared.object()).create()));
  }

  /** The release's SDK history, oldest first. */
  public List<RevisionRecord> history(ReleaseId release) {
    return call("read the history of " + release, () -> history.list(release));
  }

  /**
   * Records {@code desired} as the release's deployed revision 1 with this description; the
   * manifest recorded is the SDK's render, so a following upgrade to the same values is a no-op.
   */
  public RevisionRecord recordFirstRevision(ReleaseManifest desired, String description) {
    RevisionRecord record =
        RevisionRecord.builder()
            .release(desired.release())
            .revision(1)
            .time(clock.instant())
            .chartVersion(desired.chartVersion())
            .status(RevisionStatus.DEPLOYED)
            .description(description)
            .valuesYaml(desired.valuesYaml())
            .manifestYaml(desired.manifests().toYaml())
            .build();
    call(
        "record revision 1 of " + desired.release(),
        () -> {
          history.create(record);
          return null;
        });
    return record;
  }

  private static <T> T call(String what, Supplier<T> request) {
    try {
      return request.get();
    } catch (DeployException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new DeployException(what + ": " + Retrier.summary(e), e);
    }
  }

  /** One object of the release as the SDK renders it, stamped with the SDK's ownership. */
  public static final class TakeoverObject {
    private final PreparedObject prepared;
    private final ReleaseId release;

    private TakeoverObject(PreparedObject prepared) {
      this.prepared = prepared;
      Map<String, String> labels = prepared.object().getMetadata().getLabels();
      this.release =
          ReleaseId.of(labels.get(Ownership.RELEASE_LABEL), labels.get(Ownership.NAMESPACE_LABEL));
    }

    /** The object's reference. */
    public ObjectRef ref() {
      return prepared.ref();
    }

    /** The release it is stamped for. */
    public ReleaseId release() {
      return release;
    }

    /** The digest of the SDK's render, written as the applied-digest annotation. */
    public String digest() {
      return prepared.digest();
    }

    /** The stamped object the SDK would write. */
    public HasMetadata object() {
      return prepared.object();
    }

    /**
     * The fields where the live object differs from the SDK's render, outside labels and
     * annotations of the object itself (the ones the takeover rewrites anyway); values of sensitive
     * fields are redacted. Empty when taking the object over changes nothing else.
     */
    public List<FieldChange> specChanges(HasMetadata live) {
      List<FieldChange> changes = new ArrayList<>();
      for (FieldChange change :
          TreeDiff.changes(ref().kind(), prepared.desired(), ObjectTrees.toTree(live), null)) {
        if (!change.path().startsWith("metadata.labels")
            && !change.path().startsWith("metadata.annotations")) {
          changes.add(change);
        }
      }
      return changes;
    }

    /**
     * True when the live object is already exactly what the SDK would leave after taking it over.
     */
    public boolean takenOver(HasMetadata live) {
      return Ownership.ownedBy(live, release)
          && prepared.digest().equals(Ownership.appliedDigest(live))
          && TreeDiff.contains(ref().kind(), ObjectTrees.toTree(live), prepared.desired());
    }

    @Override
    public String toString() {
      return ref().toString();
    }
  }
}
