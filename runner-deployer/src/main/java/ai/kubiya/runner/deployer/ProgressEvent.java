package ai.kubiya.runner.deployer;

import java.util.Optional;
import org.immutables.value.Value;

/** One step of a deployer operation, reported to the {@link ProgressListener} as it happens. */
@Value.Immutable
public abstract class ProgressEvent {
  /** What happened. */
  public enum Type {
    /**
     * A lock lease was taken over from a holder that stopped renewing it, or could not be released
     * (it then expires by itself).
     */
    LOCKED,
    /** The live state was read and the plan made. */
    PLANNED,
    /** An object was created or changed on the cluster. */
    APPLIED,
    /** An object already matched and was not written. */
    UNCHANGED,
    /** A request failed and is tried again after a backoff. */
    RETRYING,
    /** A workload is not ready yet; the deployer keeps waiting. */
    WAITING,
    /** A workload is ready. */
    READY,
    /** An object of the release that is no longer rendered, or being uninstalled, was deleted. */
    DELETED,
    /**
     * An object was left in place on purpose (for example {@code helm.sh/resource-policy: keep}).
     */
    LEFT,
    /** A revision record was written to the release history. */
    RECORDED,
    /** The operation finished; {@link #message()} says how. */
    DONE,
    /** The operation failed; {@link #message()} says why. */
    FAILED
  }

  /** What happened. */
  @Value.Parameter
  public abstract Type type();

  /** The object it happened to, when it concerns one. */
  @Value.Parameter
  public abstract Optional<ObjectRef> object();

  /** A one-line human description; never holds secret data. */
  @Value.Parameter
  public abstract String message();

  /** An event about an object. */
  public static ProgressEvent of(Type type, ObjectRef object, String message) {
    return ImmutableProgressEvent.of(type, Optional.of(object), message);
  }

  /** An event about the whole operation. */
  public static ProgressEvent of(Type type, String message) {
    return ImmutableProgressEvent.of(type, Optional.empty(), message);
  }

  @Override
  public String toString() {
    return type().name().toLowerCase(java.util.Locale.ROOT)
        + object().map(o -> " " + o).orElse("")
        + (message().isEmpty() ? "" : ": " + message());
  }
}
