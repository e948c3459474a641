package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of {@link Thresholds}: values from {@code value} up take {@code color}. The base step
 * has no value: Grafana's editor saves it as {@code "value": null}, dashboards migrated from old
 * panels leave the key out; both read and write back as they were.
 */
public final class ThresholdStep {
  private final String color;
  private final Double value;
  private final boolean nullWritten;
  private final ObjectNode extra;

  private ThresholdStep(String color, Double value, boolean nullWritten, ObjectNode extra) {
    this.color = Objects.requireNonNull(color, "color");
    this.value = value;
    this.nullWritten = nullWritten;
    this.extra = extra;
  }

  /** The base step: every value below the next step (written {@code "value": null}). */
  public static ThresholdStep base(String color) {
    return new ThresholdStep(color, null, true, JsonNodeFactory.instance.objectNode());
  }

  /** Values from {@code value} up. */
  public static ThresholdStep of(double value, String color) {
    return new ThresholdStep(color, value, false, JsonNodeFactory.instance.objectNode());
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ThresholdStep fromJson(ObjectNode json) {
    JsonNode color = json.get("color");
    if (color == null || !color.isTextual()) {
      throw new IllegalArgumentException("a threshold step needs a \"color\" text");
    }
    JsonNode value = json.get("value");
    if (value != null && !value.isNull() && !value.isNumber()) {
      throw new IllegalArgumentException(
          "a threshold step's \"value\" is a number or null, not " + value);
    }
    ObjectNode extra = json.deepCopy();
    extra.remove("color");
    extra.remove("value");
    boolean isNumber = value != null && value.isNumber();
    return new ThresholdStep(
        color.textValue(),
        isNumber ? value.doubleValue() : null,
        value != null && value.isNull(),
        extra);
  }

  @JsonValue
  ObjectNode toJson() {
    ObjectNode out = extra.deepCopy();
    out.put("color", color);
    if (value != null) {
      out.put("value", value);
    } else if (nullWritten) {
      out.putNull("value");
    }
    return out;
  }

  /** A named color ({@code green}), a hex color or an {@code rgba(...)}. */
  public String color() {
    return color;
  }

  /** The lower bound; empty for the base step. */
  public Optional<Double> value() {
    return Optional.ofNullable(value);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ThresholdStep)) {
      return false;
    }
    ThresholdStep s = (ThresholdStep) o;
    return color.equals(s.color)
        && Objects.equals(value, s.value)
        && nullWritten == s.nullWritten
        && extra.equals(s.extra);
  }

  @Override
  public int hashCode() {
    return Objects.hash(color, value, nullWritten, extra);
  }

  @Override
  public String toString() {
    return (value == null ? "base" : String.valueOf(value)) + ":" + color;
  }
}
