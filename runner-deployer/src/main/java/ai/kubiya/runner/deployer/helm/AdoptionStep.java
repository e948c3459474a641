package ai.kubiya.runner.deployer.helm;

import ai.kubiya.runner.deployer.FieldChange;
import ai.kubiya.runner.deployer.ObjectRef;
import java.util.List;
import org.immutables.value.Value;

/** What adoption does to one object. */
@Value.Immutable
public abstract class AdoptionStep {
  /** The kinds of step. */
  public enum Action {
    /** Helm's object matches the SDK render: only its ownership labels and annotations change. */
    TAKE_OVER,
    /** Helm's object differs from the SDK render: it is updated to the render (see changes). */
    TAKE_OVER_AND_UPDATE,
    /**
     * Helm's release has the object, the SDK does not render it: relabelled; the next upgrade
     * deletes it.
     */
    TAKE_OVER_UNRENDERED,
    /** The SDK renders an object the cluster lacks: created. */
    CREATE,
    /** Already taken over by an earlier, interrupted run: nothing to do. */
    ALREADY_TAKEN_OVER
  }

  /** The object. */
  @Value.Parameter
  public abstract ObjectRef object();

  /** What happens to it. */
  @Value.Parameter
  public abstract Action action();

  /** For {@link Action#TAKE_OVER_AND_UPDATE}: the fields the render changes (secrets redacted). */
  @Value.Parameter
  public abstract List<FieldChange> changes();

  /** True when the step writes. */
  public boolean writes() {
    return action() != Action.ALREADY_TAKEN_OVER;
  }

  /** A step. */
  public static AdoptionStep of(ObjectRef object, Action action, List<FieldChange> changes) {
    return ImmutableAdoptionStep.of(object, action, changes);
  }
}
