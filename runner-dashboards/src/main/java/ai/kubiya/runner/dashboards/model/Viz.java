package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Small closed vocabularies shared by several panel kinds' options. */
public final class Viz {
  private Viz() {}

  /** Layout direction of stat, gauge and bar gauge panels. */
  public enum Orientation {
    /** {@code auto}: by the panel's shape. */
    @JsonProperty("auto")
    AUTO,
    /** {@code horizontal}: side by side. */
    @JsonProperty("horizontal")
    HORIZONTAL,
    /** {@code vertical}: one under another. */
    @JsonProperty("vertical")
    VERTICAL
  }

  /** A legend as a list, a table, or hidden. */
  public enum LegendDisplayMode {
    /** {@code list}: a list of series names. */
    @JsonProperty("list")
    LIST,
    /** {@code table}: a table with reducer columns. */
    @JsonProperty("table")
    TABLE,
    /** {@code hidden}: no legend. */
    @JsonProperty("hidden")
    HIDDEN
  }

  /** Where the legend goes. */
  public enum LegendPlacement {
    /** {@code bottom}: under the graph. */
    @JsonProperty("bottom")
    BOTTOM,
    /** {@code right}: to the right of the graph. */
    @JsonProperty("right")
    RIGHT
  }

  /** One series, all series, or no tooltip. */
  public enum TooltipMode {
    /** {@code single}: the series under the cursor. */
    @JsonProperty("single")
    SINGLE,
    /** {@code multi}: every series. */
    @JsonProperty("multi")
    MULTI,
    /** {@code none}: no tooltip. */
    @JsonProperty("none")
    NONE
  }

  /** Sort order of tooltip series. */
  public enum SortOrder {
    /** {@code none}: in series order. */
    @JsonProperty("none")
    NONE,
    /** {@code asc}: smallest first. */
    @JsonProperty("asc")
    ASCENDING,
    /** {@code desc}: largest first. */
    @JsonProperty("desc")
    DESCENDING
  }

  /** Automatic or manual gauge sizing. */
  public enum Sizing {
    /** {@code auto}: sized to fit the panel. */
    @JsonProperty("auto")
    AUTO,
    /** {@code manual}: the minimum sizes given. */
    @JsonProperty("manual")
    MANUAL
  }

  /** Repeated panels go horizontally or vertically. */
  public enum RepeatDirection {
    /** {@code h}: side by side. */
    @JsonProperty("h")
    HORIZONTAL,
    /** {@code v}: one under another. */
    @JsonProperty("v")
    VERTICAL
  }
}
