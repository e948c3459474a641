package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The numeric settings of template variables, which Grafana stores as integers. */
public final class VariableSettings {
  private VariableSettings() {}

  /** Whether the variable's picker is shown. */
  public enum Hide {
    NOTHING,
    LABEL,
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
    NEVER,
    ON_DASHBOARD_LOAD,
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
    DISABLED,
    ALPHABETICAL_ASC,
    ALPHABETICAL_DESC,
    NUMERICAL_ASC,
    NUMERICAL_DESC,
    ALPHABETICAL_CASE_INSENSITIVE_ASC,
    ALPHABETICAL_CASE_INSENSITIVE_DESC,
    NATURAL_ASC,
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
    DEFAULT,
    SHARED_CROSSHAIR,
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
