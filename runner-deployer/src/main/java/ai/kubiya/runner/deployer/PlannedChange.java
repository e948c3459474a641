package ai.kubiya.runner.deployer;

import java.util.List;
import org.immutables.value.Value;

/** What a plan does to one object, with the field-level differences of an update. */
@Value.Immutable
public abstract class PlannedChange {
  /** The action on the object. */
  public enum Action {
    /** The object does not exist and will be created. */
    CREATE,
    /** The object exists, belongs to the release and differs; it will be changed. */
    UPDATE,
    /** The object exists, belongs to the release and matches; nothing is sent. */
    UNCHANGED,
    /** The object belongs to the release but is no longer rendered; it will be deleted. */
    DELETE,
    /** An object of that name exists and does not belong to this release: the plan is refused. */
    CONFLICT,
    /**
     * The object carries the release's labels and is no longer rendered, but is left in place: it
     * is annotated {@code helm.sh/resource-policy: keep}, or no revision since the last successful
     * one recorded it (made by hand, or by another tool). {@link #note()} says which.
     */
    LEAVE
  }

  /** The object. */
  @Value.Parameter
  public abstract ObjectRef object();

  /** The action. */
  @Value.Parameter
  public abstract Action action();

  /** For {@link Action#UPDATE}: the fields that differ; for {@link Action#CONFLICT}: none. */
  @Value.Parameter
  public abstract List<FieldChange> fields();

  /** For {@link Action#CONFLICT}: who owns the object; for {@link Action#LEAVE}: why it stays. */
  @Value.Default
  public String note() {
    return "";
  }

  /** A change without field details. */
  public static PlannedChange of(ObjectRef object, Action action) {
    return ImmutablePlannedChange.of(object, action, List.of());
  }

  /** A change with field details. */
  public static PlannedChange of(ObjectRef object, Action action, List<FieldChange> fields) {
    return ImmutablePlannedChange.of(object, action, fields);
  }

  @Override
  public String toString() {
    return action().name().toLowerCase(java.util.Locale.ROOT)
        + " "
        + object()
        + (note().isEmpty() ? "" : " (" + note() + ")");
  }
}
