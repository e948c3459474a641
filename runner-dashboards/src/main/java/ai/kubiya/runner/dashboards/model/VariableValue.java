package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The text or value of a variable option: one text, or a list of texts for multi-value variables.
 * Both forms read and write back as they were.
 */
public final class VariableValue {
  private final List<String> values;
  private final boolean multi;

  private VariableValue(List<String> values, boolean multi) {
    this.values = List.copyOf(values);
    this.multi = multi;
  }

  /** One value. */
  public static VariableValue of(String value) {
    return new VariableValue(List.of(Objects.requireNonNull(value, "value")), false);
  }

  /** Several values, written as a list. */
  public static VariableValue of(List<String> values) {
    return new VariableValue(values, true);
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static VariableValue fromJson(JsonNode json) {
    if (json.isArray()) {
      List<String> out = new ArrayList<>();
      json.forEach(v -> out.add(v.asText()));
      return of(out);
    }
    if (json.isValueNode()) {
      return of(json.asText());
    }
    throw new IllegalArgumentException(
        "a variable value is a text or a list of texts, not " + json);
  }

  @JsonValue
  Object toJson() {
    return multi ? values : values.get(0);
  }

  /** The values: one, or several for a multi-value selection. */
  public List<String> values() {
    return values;
  }

  /** True when written as a list. */
  public boolean isList() {
    return multi;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VariableValue
        && values.equals(((VariableValue) o).values)
        && multi == ((VariableValue) o).multi;
  }

  @Override
  public int hashCode() {
    return values.hashCode() * 31 + Boolean.hashCode(multi);
  }

  @Override
  public String toString() {
    return multi ? values.toString() : values.get(0);
  }
}
