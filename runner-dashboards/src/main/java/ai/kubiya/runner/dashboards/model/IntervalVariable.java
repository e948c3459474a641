package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A time interval variable, such as {@code 1m}, for query steps and ranges; optionally with an auto
 * step.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIntervalVariable.class)
@JsonDeserialize(as = ImmutableIntervalVariable.class)
public abstract class IntervalVariable extends Variable {
  /** The variable kind. */
  public static final String TYPE = "interval";

  /** A builder; {@code type} defaults to {@value #TYPE}. */
  public static ImmutableIntervalVariable.Builder builder() {
    return ImmutableIntervalVariable.builder();
  }

  @Override
  @Value.Default
  public String type() {
    return TYPE;
  }

  /** The intervals, comma-separated, for example {@code 1m,10m,1h}. */
  public abstract Optional<String> query();

  /** Offer an auto option that adapts to the time range. */
  public abstract Optional<Boolean> auto();

  /** How many steps the auto option aims for over the time range. */
  @JsonProperty("auto_count")
  public abstract Optional<Integer> autoCount();

  /** The smallest interval the auto option picks. */
  @JsonProperty("auto_min")
  public abstract Optional<String> autoMin();

  /** When the variable reloads; Grafana saves 2 (on time range change) for intervals. */
  public abstract Optional<VariableSettings.Refresh> refresh();

  @Value.Check
  void checkType() {
    Kinds.require("interval variable", TYPE, type());
  }
}
