package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Small closed vocabularies shared by several panel kinds' options. */
public final class Viz {
  private Viz() {}

  /** Layout direction of stat, gauge and bar gauge panels. */
  public enum Orientation {
    @JsonProperty("auto")
    AUTO,
    @JsonProperty("horizontal")
    HORIZONTAL,
    @JsonProperty("vertical")
    VERTICAL
  }

  /** A legend as a list, a table, or hidden. */
  public enum LegendDisplayMode {
    @JsonProperty("list")
    LIST,
    @JsonProperty("table")
    TABLE,
    @JsonProperty("hidden")
    HIDDEN
  }

  /** Where the legend goes. */
  public enum LegendPlacement {
    @JsonProperty("bottom")
    BOTTOM,
    @JsonProperty("right")
    RIGHT
  }

  /** One series, all series, or no tooltip. */
  public enum TooltipMode {
    @JsonProperty("single")
    SINGLE,
    @JsonProperty("multi")
    MULTI,
    @JsonProperty("none")
    NONE
  }

  /** Sort order of tooltip series. */
  public enum SortOrder {
    @JsonProperty("none")
    NONE,
    @JsonProperty("asc")
    ASCENDING,
    @JsonProperty("desc")
    DESCENDING
  }

  /** Automatic or manual gauge sizing. */
  public enum Sizing {
    @JsonProperty("auto")
    AUTO,
    @JsonProperty("manual")
    MANUAL
  }

  /** Repeated panels go horizontally or vertically. */
  public enum RepeatDirection {
    @JsonProperty("h")
    HORIZONTAL,
    @JsonProperty("v")
    VERTICAL
  }
}
