package ai.kubiya.runner.deployer;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One field that differs between the live object and the desired one, by path such as {@code
 * spec.template.spec.containers[name=agent-manager].image}. Values are compact JSON; the values of
 * sensitive fields (Secret data, credentials in env) are replaced by {@code <redacted>}.
 */
@Value.Immutable
public abstract class FieldChange {
  /** The field's path; list elements with a name are addressed as {@code [name=x]}. */
  @Value.Parameter
  public abstract String path();

  /** The live value; empty when the field is added. */
  @Value.Parameter
  public abstract Optional<String> before();

  /** The desired value; empty when the field is removed. */
  @Value.Parameter
  public abstract Optional<String> after();

  /** A change of this path. */
  public static FieldChange of(String path, Optional<String> before, Optional<String> after) {
    return ImmutableFieldChange.of(path, before, after);
  }

  /** {@code path: before -> after}, with {@code (none)} for a missing side. */
  @Override
  public String toString() {
    return path() + ": " + before().orElse("(none)") + " -> " + after().orElse("(none)");
  }
}
