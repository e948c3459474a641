package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A variable with a fixed list of values, written as {@code a,b,c} (or {@code text : value} pairs).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCustomVariable.class)
@JsonDeserialize(as = ImmutableCustomVariable.class)
public abstract class CustomVariable extends Variable {
  /** The variable kind. */
  public static final String TYPE = "custom";

  /** A builder; {@code type} defaults to {@value #TYPE}. */
  public static ImmutableCustomVariable.Builder builder() {
    return ImmutableCustomVariable.builder();
  }

  @Override
  @Value.Default
  public String type() {
    return TYPE;
  }

  /** The values, comma-separated. */
  public abstract Optional<String> query();

  /** Several values may be selected. */
  public abstract Optional<Boolean> multi();

  /** Offer an "All" option. */
  public abstract Optional<Boolean> includeAll();

  /** What "All" substitutes; by default every value, joined as a regex alternation. */
  public abstract Optional<String> allValue();

  @Value.Check
  void checkType() {
    Kinds.require("custom variable", TYPE, type());
  }
}
