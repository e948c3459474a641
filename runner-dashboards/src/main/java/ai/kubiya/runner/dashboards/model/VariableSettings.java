package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The numeric settings of template variables, which Grafana stores as integers. */
public final class VariableSettings {
  private VariableSettings() {}

  /** Whether the variable's picker is shown. */
  public enum Hide {
    /** 0: the picker with its label. */
    NOTHING,
    /** 1: the picker without its label. */
    LABEL,
    /** 2: no picker. */
    VARIABLE;

    @JsonValue
    int json() {
      return ordinal();
    }

    @JsonCreator
    static Hide of(int value) {
      return VariableSettings.byOrdinal(values(), value, "hide");
    }
  }

  /** When a query variable reloads its values. */
  public enum Refresh {
    /** 0: never; the saved options stay. */
    NEVER,
    /** 1: when the dashboard loads. */
    ON_DASHBOARD_LOAD,
    /** 2: when the time range changes. */
    ON_TIME_RANGE_CHANGE;

    @JsonValue
    int json() {
      return ordinal();
    }

    @JsonCreator
    static Refresh of(int value) {
      return VariableSettings.byOrdinal(values(), value, "refresh");
    }
  }

  /** How a query variable sorts its values. */
  public enum Sort {
    /** 0: in query order. */
    DISABLED,
    /** 1: alphabetical, ascending. */
    ALPHABETICAL_ASC,
    /** 2: alphabetical, descending. */
    ALPHABETICAL_DESC,
    /** 3: numerical, ascending. */
    NUMERICAL_ASC,
    /** 4: numerical, descending. */
    NUMERICAL_DESC,
    /** 5: alphabetical ignoring case, ascending. */
    ALPHABETICAL_CASE_INSENSITIVE_ASC,
    /** 6: alphabetical ignoring case, descending. */
    ALPHABETICAL_CASE_INSENSITIVE_DESC,
    /** 7: natural order, ascending. */
    NATURAL_ASC,
    /** 8: natural order, descending. */
    NATURAL_DESC;

    @JsonValue
    int json() {
      return ordinal();
    }

    @JsonCreator
    static Sort of(int value) {
      return VariableSettings.byOrdinal(values(), value, "sort");
    }
  }

  /** How Grafana's dashboard shares the crosshair and tooltip between panels. */
  public enum GraphTooltip {
    /** 0: each panel on its own. */
    DEFAULT,
    /** 1: a crosshair on every panel at the same time. */
    SHARED_CROSSHAIR,
    /** 2: a crosshair and a tooltip on every panel. */
    SHARED_TOOLTIP;

    @JsonValue
    int json() {
      return ordinal();
    }

    @JsonCreator
    static GraphTooltip of(int value) {
      return VariableSettings.byOrdinal(values(), value, "graphTooltip");
    }
  }

  static <E extends Enum<E>> E byOrdinal(E[] values, int value, String what) {
    if (value < 0 || value >= values.length) {
      throw new IllegalArgumentException(
          what + " is 0 to " + (values.length - 1) + ", not " + value);
    }
    return values[value];
  }
}
