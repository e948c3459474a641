package ai.kubiya.runner.deployer.helm;

import ai.kubiya.runner.deployer.FieldChange;
import ai.kubiya.runner.deployer.ReleaseId;
import ai.kubiya.runner.deployer.helm.AdoptionStep.Action;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/** What adopting a Helm release does, step by step; {@link #render()} prints it. */
@Value.Immutable
public abstract class AdoptionPlan {
  /** The release. */
  public abstract ReleaseId release();

  /** The Helm revision taken over. */
  public abstract int helmRevision();

  /** The objects, in install order, then the ones only Helm's release has. */
  public abstract List<AdoptionStep> steps();

  /** True when the SDK's revision 1 still has to be recorded. */
  public abstract boolean recordsRevision();

  /** The Helm records marked superseded (or deleted when {@link #purgesHelmHistory()}). */
  public abstract List<String> helmRecords();

  /** True when Helm's records are deleted rather than marked superseded. */
  public abstract boolean purgesHelmHistory();

  /** The description of the SDK's revision 1. */
  @Value.Derived
  public String description() {
    return "adopted from Helm release " + release().name() + " revision " + helmRevision();
  }

  /** The steps of one action. */
  public List<AdoptionStep> withAction(Action action) {
    return steps().stream().filter(s -> s.action() == action).toList();
  }

  /** True when nothing is left to write. */
  public boolean isDone() {
    return steps().stream().noneMatch(AdoptionStep::writes)
        && !recordsRevision()
        && helmRecords().isEmpty();
  }

  /** One line of counts. */
  public String summary() {
    return String.format(
        "%d objects: %d taken over, %d taken over and updated, %d not rendered, %d created, %d"
            + " already taken over",
        steps().size(),
        withAction(Action.TAKE_OVER).size(),
        withAction(Action.TAKE_OVER_AND_UPDATE).size(),
        withAction(Action.TAKE_OVER_UNRENDERED).size(),
        withAction(Action.CREATE).size(),
        withAction(Action.ALREADY_TAKEN_OVER).size());
  }

  /**
   * The plan as text: one line per object ({@code = } relabel only, {@code ~ } updated to the SDK
   * render with its fields, {@code + } created, {@code ? } not rendered, {@code . } done), then the
   * revision and Helm's records.
   */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append("adopt Helm release ")
        .append(release())
        .append(" revision ")
        .append(helmRevision())
        .append('\n');
    for (AdoptionStep step : steps()) {
      switch (step.action()) {
        case TAKE_OVER -> out.append("= ").append(step.object()).append(" (ownership only)\n");
        case TAKE_OVER_AND_UPDATE -> {
          out.append("~ ").append(step.object()).append(" (updated to the SDK render)\n");
          for (FieldChange change : step.changes()) {
            out.append("    ").append(change).append('\n');
          }
        }
        case TAKE_OVER_UNRENDERED ->
            out.append("? ")
                .append(step.object())
                .append(" (not rendered by the SDK; taken over, the next upgrade deletes it)\n");
        case CREATE ->
            out.append("+ ").append(step.object()).append(" (not in Helm's release; created)\n");
        case ALREADY_TAKEN_OVER ->
            out.append(". ").append(step.object()).append(" (already taken over)\n");
        default -> throw new IllegalStateException();
      }
    }
    if (recordsRevision()) {
      out.append("record SDK revision 1: ").append(description()).append('\n');
    }
    if (!helmRecords().isEmpty()) {
      out.append(purgesHelmHistory() ? "delete Helm records: " : "mark Helm records superseded: ")
          .append(String.join(", ", helmRecords()))
          .append('\n');
    }
    out.append(summary()).append('\n');
    return out.toString();
  }

  /** A builder. */
  public static ImmutableAdoptionPlan.Builder builder() {
    return ImmutableAdoptionPlan.builder();
  }

  @Override
  public String toString() {
    return steps().stream()
        .map(s -> s.action() + " " + s.object())
        .collect(Collectors.joining(", ", release() + ": [", "]"));
  }
}
