package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A free-text variable; {@code query} is its default value. */
@Value.Immutable
@JsonSerialize(as = ImmutableTextboxVariable.class)
@JsonDeserialize(as = ImmutableTextboxVariable.class)
public abstract class TextboxVariable extends Variable {
  /** The variable kind. */
  public static final String TYPE = "textbox";

  /** A builder; {@code type} defaults to {@value #TYPE}. */
  public static ImmutableTextboxVariable.Builder builder() {
    return ImmutableTextboxVariable.builder();
  }

  @Override
  @Value.Default
  public String type() {
    return TYPE;
  }

  /** The default value. */
  public abstract Optional<String> query();

  @Value.Check
  void checkType() {
    Kinds.require("textbox variable", TYPE, type());
  }
}
