package ai.kubiya.runner.audit;

import java.util.List;
import org.immutables.value.Value;

/** Where one workload's pod template stands against the Pod Security Standards. */
@Value.Immutable
public abstract class WorkloadPosture {
  /** The workload: {@code Kind/namespace/name}. */
  public abstract String object();

  /** The most restrictive level its pod template meets. */
  public abstract PssLevel level();

  /** Every control it breaks (each once, in rule order), Baseline controls first. */
  public abstract List<AuditRule> brokenControls();

  /** A builder. */
  public static ImmutableWorkloadPosture.Builder builder() {
    return ImmutableWorkloadPosture.builder();
  }
}
