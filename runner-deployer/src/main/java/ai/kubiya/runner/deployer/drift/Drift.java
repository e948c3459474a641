package ai.kubiya.runner.deployer.drift;

import ai.kubiya.runner.deployer.ObjectRef;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/** One object that is not as the deployed revision has it. */
@Value.Immutable
public abstract class Drift {
  /** What kind of drift. */
  @Value.Parameter
  public abstract DriftKind kind();

  /** The object. */
  @Value.Parameter
  public abstract ObjectRef object();

  /** The changed fields ({@link DriftKind#CHANGED}); empty for the other kinds. */
  @Value.Parameter
  public abstract List<FieldDrift> fields();

  /** A drift. */
  public static Drift of(DriftKind kind, ObjectRef object, List<FieldDrift> fields) {
    return ImmutableDrift.of(kind, object, fields);
  }

  /** {@code changed Deployment/agent-manager: spec.replicas: 5 (want 1)}. */
  @Override
  public String toString() {
    return kind().label()
        + " "
        + object()
        + (fields().isEmpty()
            ? ""
            : ": " + fields().stream().map(FieldDrift::toString).collect(Collectors.joining("; ")));
  }
}
