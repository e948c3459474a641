package ai.kubiya.runner.deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.function.Predicate;

/**
 * Writes and deletes objects under the retry policy, choosing the apply strategy: server-side
 * apply, or create-or-replace when the options ask for it or (in {@link ApplyMode#AUTO}) when the
 * server rejects apply patches. The choice, once fallen back, holds for the deployer's life.
 */
final class Applier {
  private final KubernetesClient client;
  private final Retrier retrier;
  private final ApplyMode mode;
  private final ApplyStrategy serverSide;
  private final ApplyStrategy fallback;
  private volatile boolean fellBack;

  Applier(KubernetesClient client, DeployOptions options, Retrier retrier) {
    this.client = client;
    this.retrier = retrier;
    this.mode = options.applyMode();
    this.serverSide = new ServerSideApply(client, options.fieldManager(), options.forceConflicts());
    this.fallback = new CreateOrReplace(client);
  }

  /** Writes one object; {@code live} is the object as listed, or null when absent. */
  HasMetadata apply(PreparedObject object, HasMetadata live) {
    String what = "apply " + object.ref();
    ApplyStrategy strategy = current();
    try {
      return retrier.call(what, () -> strategy.apply(object, live));
    } catch (KubernetesClientException e) {
      if (strategy == serverSide && mode == ApplyMode.AUTO && rejectsApply(e, live)) {
        fellBack = true;
        return retrier.call(what, () -> fallback.apply(object, live));
      }
      throw e;
    }
  }

  /**
   * Restores one object: server-side apply of {@code object} (fields of other managers stay), or,
   * on the create-or-replace fallback, a replace with {@code merged} (the live object with the
   * desired fields laid over it), so that fields the SDK does not set survive either way.
   */
  HasMetadata restore(PreparedObject object, PreparedObject merged, HasMetadata live) {
    String what = "restore " + object.ref();
    if (usesFallback()) {
      return retrier.call(what, () -> fallback.apply(merged, live));
    }
    try {
      return retrier.call(what, () -> serverSide.apply(object, live));
    } catch (KubernetesClientException e) {
      if (mode == ApplyMode.AUTO && rejectsApply(e, live)) {
        fellBack = true;
        return retrier.call(what, () -> fallback.apply(merged, live));
      }
      throw e;
    }
  }

  /**
   * Deletes one object in the background, at the version read ({@code live}'s resourceVersion as
   * the delete's precondition): an object changed since it was read is not deleted unseen. On a
   * conflict it is read again and, when {@code stillDeletable} holds for it as it is now, deleted
   * at its new version, up to the retry policy's attempts (a workload's status changes its version
   * often). True when it existed.
   *
   * @throws DeployException when the object changed and {@code stillDeletable} no longer holds
   */
  boolean delete(HasMetadata live, Predicate<HasMetadata> stillDeletable) {
    String what = "delete " + ObjectRef.of(live);
    String namespace = live.getMetadata().getNamespace();
    var resources = client.resources(live.getClass());
    var named =
        namespace == null
            ? resources.withName(live.getMetadata().getName())
            : resources.inNamespace(namespace).withName(live.getMetadata().getName());
    HasMetadata current = live;
    for (int attempt = 1; ; attempt++) {
      String version = current.getMetadata().getResourceVersion();
      try {
        // fabric8 deletes in the background unless told otherwise: the policy the chart's
        // objects were always deleted with
        return retrier.callFailingOnConflict(
            what,
            () ->
                !(version == null ? named.delete() : named.lockResourceVersion(version).delete())
                    .isEmpty());
      } catch (KubernetesClientException e) {
        if (e.getCode() != 409 || version == null || attempt >= retrier.maxAttempts()) {
          throw e;
        }
      }
      HasMetadata fresh = retrier.call("read " + ObjectRef.of(live), named::get);
      if (fresh == null) {
        return false; // deleted meanwhile
      }
      if (!stillDeletable.test(fresh)) {
        throw new DeployException(
            ObjectRef.of(live)
                + " changed while it was being deleted and is no longer the release's to delete;"
                + " left as it is");
      }
      current = fresh;
    }
  }

  /** True when writes use the create-or-replace fallback. */
  boolean usesFallback() {
    return mode == ApplyMode.CREATE_OR_REPLACE || fellBack;
  }

  private ApplyStrategy current() {
    return usesFallback() ? fallback : serverSide;
  }

  private static boolean rejectsApply(KubernetesClientException e, HasMetadata live) {
    return e.getCode() == 415 || (e.getCode() == 404 && live == null);
  }
}
