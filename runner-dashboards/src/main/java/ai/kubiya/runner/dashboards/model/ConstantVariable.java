package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A hidden variable with one fixed value. */
@Value.Immutable
@JsonSerialize(as = ImmutableConstantVariable.class)
@JsonDeserialize(as = ImmutableConstantVariable.class)
public abstract class ConstantVariable extends Variable {
  /** The variable kind. */
  public static final String TYPE = "constant";

  /** A builder; {@code type} defaults to {@value #TYPE}. */
  public static ImmutableConstantVariable.Builder builder() {
    return ImmutableConstantVariable.builder();
  }

  @Override
  @Value.Default
  public String type() {
    return TYPE;
  }

  /** The value. */
  public abstract Optional<String> query();

  @Value.Check
  void checkType() {
    Kinds.require("constant variable", TYPE, type());
  }
}
