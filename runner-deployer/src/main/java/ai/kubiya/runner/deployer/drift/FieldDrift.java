package ai.kubiya.runner.deployer.drift;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One field the SDK sets whose live value differs: its path (lists of named elements as {@code
 * [name=x]}), the desired and live values as compact JSON ({@code <redacted>} for Secret data and
 * credential-like env values), and the manager that last wrote it when the live object's {@code
 * managedFields} say so.
 */
@Value.Immutable
public abstract class FieldDrift {
  /** The field's path, such as {@code spec.replicas}. */
  @Value.Parameter
  public abstract String path();

  /** The desired value. */
  @Value.Parameter
  public abstract String desired();

  /** The live value; empty when the field is absent. */
  @Value.Parameter
  public abstract Optional<String> live();

  /** The field manager that owns the live value, when known (server-side apply clusters). */
  @Value.Parameter
  public abstract Optional<String> manager();

  /** A field drift. */
  public static FieldDrift of(
      String path, String desired, Optional<String> live, Optional<String> manager) {
    return ImmutableFieldDrift.of(path, desired, live, manager);
  }

  /** {@code path: live -> desired [by manager]}. */
  @Override
  public String toString() {
    return path()
        + ": "
        + live().orElse("(none)")
        + " (want "
        + desired()
        + ")"
        + manager().map(m -> " by " + m).orElse("");
  }
}
