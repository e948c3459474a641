package ai.kubiya.runner.deployer.drift;

import ai.kubiya.runner.deployer.ObjectRef;
import ai.kubiya.runner.deployer.ReleaseId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** Something the reconciler saw or did. */
@Value.Immutable
public abstract class ReconcilerEvent {
  /** What happened. */
  public enum Type {
    /** A drift was found (reported once until it changes). */
    DRIFT,
    /** A drifted object was restored, created or (left behind) deleted. */
    HEALED,
    /** A heal was refused (labels removed, kept object) or its write failed. */
    HEAL_FAILED,
    /** An object drifted again soon after its heal: another writer fights; heals back off. */
    FIGHT,
    /** The release is back in line after drifting. */
    IN_LINE,
    /** A scan failed (the cluster could not be read, no deployed revision). */
    ERROR
  }

  /** What happened. */
  public abstract Type type();

  /** The release. */
  public abstract ReleaseId release();

  /** The object, when the event is about one. */
  public abstract Optional<ObjectRef> object();

  /** The drift, for {@link Type#DRIFT} (and the drift healed, for {@link Type#HEALED}). */
  public abstract Optional<Drift> drift();

  /** For {@link Type#HEALED}: time from first seeing the drift to the end of the write. */
  public abstract Optional<Duration> timeToHeal();

  /** A one-line detail, never holding secret values. */
  @Value.Default
  public String detail() {
    return "";
  }

  /** When. */
  public abstract Instant time();

  /** {@code drift demo/kubiya changed Deployment/agent-manager: ...}. */
  @Override
  public String toString() {
    String what = drift().map(Drift::toString).orElse(object().map(ObjectRef::toString).orElse(""));
    return type().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
        + " "
        + release()
        + (what.isEmpty() ? "" : " " + what)
        + (detail().isEmpty() ? "" : " (" + detail() + ")");
  }

  /** A builder. */
  public static ImmutableReconcilerEvent.Builder builder() {
    return ImmutableReconcilerEvent.builder();
  }
}
