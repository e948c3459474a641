package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One option of a variable, or its current selection: a text shown and a value substituted. */
@Value.Immutable
@JsonSerialize(as = ImmutableVariableOption.class)
@JsonDeserialize(as = ImmutableVariableOption.class)
public abstract class VariableOption {
  /** An option whose text is its value. */
  public static VariableOption of(String value, boolean selected) {
    return ImmutableVariableOption.builder()
        .selected(selected)
        .text(VariableValue.of(value))
        .value(VariableValue.of(value))
        .build();
  }

  /** Whether the option is selected. */
  public abstract Optional<Boolean> selected();

  /** The text shown. */
  public abstract Optional<VariableValue> text();

  /** The value substituted. */
  public abstract Optional<VariableValue> value();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
