package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Small closed vocabularies shared by several panel kinds' options. */
public final class Viz {
  private Viz() {}

  /** Layout direction of stat, gauge and bar gauge panels. */
  public enum Orientation {
    AUTO("auto"),
    HORIZONTAL("horizontal"),
    VERTICAL("vertical");

    private final String json;

    Orientation(String json) {
      this.json = json;
    }

    @JsonValue
    public String json() {
      return json;
    }
  }

  /** A legend as a list, a table, or hidden. */
  public enum LegendDisplayMode {
    LIST("list"),
    TABLE("table"),
    HIDDEN("hidden");

    private final String json;

    LegendDisplayMode(String json) {
      this.json = json;
    }

    @JsonValue
    public String json() {
      return json;
    }
  }

  /** Where the legend goes. */
  public enum LegendPlacement {
    BOTTOM("bottom"),
    RIGHT("right");

    private final String json;

    LegendPlacement(String json) {
      this.json = json;
    }

    @JsonValue
    public String json() {
      return json;
    }
  }

  /** One series, all series, or no tooltip. */
  public enum TooltipMode {
    SINGLE("single"),
    MULTI("multi"),
    NONE("none");

    private final String json;

    TooltipMode(String json) {
      this.json = json;
    }

    @JsonValue
    public String json() {
      return json;
    }
  }

  /** Sort order of tooltip series. */
  public enum SortOrder {
    NONE("none"),
    ASCENDING("asc"),
    DESCENDING("desc");

    private final String json;

    SortOrder(String json) {
      this.json = json;
    }

    @JsonValue
    public String json() {
      return json;
    }
  }

  /** Automatic or manual gauge sizing. */
  public enum Sizing {
    AUTO("auto"),
    MANUAL("manual");

    private final String json;

    Sizing(String json) {
      this.json = json;
    }

    @JsonValue
    public String json() {
      return json;
    }
  }

  /** Repeated panels go horizontally or vertically. */
  public enum RepeatDirection {
    HORIZONTAL("h"),
    VERTICAL("v");

    private final String json;

    RepeatDirection(String json) {
      this.json = json;
    }

    @JsonValue
    public String json() {
      return json;
    }
  }
}
