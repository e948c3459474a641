package ai.kubiya.runner.deployer;

import ai.kubiya.runner.deployer.PlannedChange.Action;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What an install or upgrade would do, computed from the live objects without writing anything: one
 * {@link PlannedChange} per rendered object (in install order), then the deletions (in uninstall
 * order).
 */
@Value.Immutable
public abstract class Plan {
  /** The release. */
  public abstract ReleaseId release();

  /** The changes, rendered objects first, then deletions. */
  public abstract List<PlannedChange> changes();

  /** True when the values or chart version differ from the deployed revision's. */
  @Value.Default
  public boolean valuesChanged() {
    return false;
  }

  /** The changes with this action. */
  public List<PlannedChange> withAction(Action action) {
    return changes().stream().filter(c -> c.action() == action).collect(Collectors.toList());
  }

  /** True when applying the plan would write at least one object. */
  public boolean changesObjects() {
    return changes().stream()
        .anyMatch(
            c ->
                c.action() == Action.CREATE
                    || c.action() == Action.UPDATE
                    || c.action() == Action.DELETE);
  }

  /** True when the plan cannot be applied because names clash with foreign objects. */
  public boolean hasConflicts() {
    return changes().stream().anyMatch(c -> c.action() == Action.CONFLICT);
  }

  /** A builder. */
  public static ImmutablePlan.Builder builder() {
    return ImmutablePlan.builder();
  }

  /** One line: how many objects each action touches. */
  public String summary() {
    return withAction(Action.CREATE).size()
        + " to create, "
        + withAction(Action.UPDATE).size()
        + " to change, "
        + withAction(Action.DELETE).size()
        + " to delete, "
        + withAction(Action.UNCHANGED).size()
        + " unchanged"
        + (withAction(Action.LEAVE).isEmpty()
            ? ""
            : ", " + withAction(Action.LEAVE).size() + " left alone")
        + (hasConflicts() ? ", " + withAction(Action.CONFLICT).size() + " in conflict" : "");
  }

  /** The plan as text: one line per changed object, its field changes indented below. */
  public String render() {
    StringBuilder out = new StringBuilder();
    for (PlannedChange change : changes()) {
      if (change.action() == Action.UNCHANGED) {
        continue;
      }
      String sign =
          switch (change.action()) {
            case CREATE -> "+ ";
            case UPDATE -> "~ ";
            case DELETE -> "- ";
            case LEAVE -> "= ";
            default -> "! ";
          };
      out.append(sign).append(change.object());
      if (!change.note().isEmpty()) {
        out.append("  (").append(change.note()).append(')');
      }
      out.append('\n');
      for (FieldChange field : change.fields()) {
        out.append("    ").append(field).append('\n');
      }
    }
    return out.append(summary()).append('\n').toString();
  }

  @Override
  public String toString() {
    return "Plan[" + release() + ": " + summary() + "]";
  }
}
