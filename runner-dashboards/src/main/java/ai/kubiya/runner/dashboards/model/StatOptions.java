package ai.kubiya.runner.dashboards.model;

import ai.kubiya.runner.model.RunnerStyle;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Options of stat panels: how series reduce to values, and how values, names and sparklines show. */
@Value.Immutable
@RunnerStyle
@JsonSerialize(as = ImmutableStatOptions.class)
@JsonDeserialize(as = ImmutableStatOptions.class)
public abstract class StatOptions {
  /** What a stat shows: value, name, both, or nothing. */
  public enum TextMode {
    AUTO("auto"),
    VALUE("value"),
    VALUE_AND_NAME("value_and_name"),
    NAME("name"),
    NONE("none");

    private final String json;

    TextMode(String json) {
      this.json = json;
    }

    @JsonValue
    public String json() {
      return json;
    }
  }  /** What the thresholds color: the value, the background, or nothing. */
  public enum ColorMode {
    VALUE("value"),
    BACKGROUND("background"),
    BACKGROUND_SOLID("background_solid"),
    NONE("none");

    private final String json;

    ColorMode(String json) {
      this.json = json;
    }

    @JsonValue
    public String json() {
      return json;
    }
  }  /** A sparkline under the value, or none. */
  public enum GraphMode {
    NONE("none"),
    AREA("area");

    private final String json;

    GraphMode(String json) {
      this.json = json;
    }

    @JsonValue
    public String json() {
      return json;
    }
  }  /** Alignment of value and name. */
  public enum JustifyMode {
    AUTO("auto"),
    CENTER("center");

    private final String json;

    JustifyMode(String json) {
      this.json = json;
    }

    @JsonValue
    public String json() {
      return json;
    }
  }  public static ImmutableStatOptions.Builder builder() {
    return ImmutableStatOptions.builder();
  }

  public abstract Optional<ReduceDataOptions> reduceOptions();

  public abstract Optional<Viz.Orientation> orientation();

  public abstract Optional<TextMode> textMode();

  public abstract Optional<ColorMode> colorMode();

  public abstract Optional<GraphMode> graphMode();

  public abstract Optional<JustifyMode> justifyMode();

  /** Name and value side by side when wide enough. */
  public abstract Optional<Boolean> wideLayout();

  /** Show the change from the first to the last value. */
  public abstract Optional<Boolean> showPercentChange();

  public abstract Optional<VizTextDisplayOptions> text();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
