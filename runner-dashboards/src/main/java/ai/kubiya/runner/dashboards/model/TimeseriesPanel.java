package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A time series graph: lines, bars or points over time. */
@Value.Immutable
@JsonSerialize(as = ImmutableTimeseriesPanel.class)
@JsonDeserialize(as = ImmutableTimeseriesPanel.class)
public abstract class TimeseriesPanel extends Panel {
  /** The plugin id. */
  public static final String TYPE = "timeseries";

  /** A builder; {@code type} defaults to {@value #TYPE}. */
  public static ImmutableTimeseriesPanel.Builder builder() {
    return ImmutableTimeseriesPanel.builder();
  }

  @Override
  @Value.Default
  public String type() {
    return TYPE;
  }

  /** The time series options ({@code options}). */
  public abstract Optional<TimeseriesOptions> options();

  @Value.Check
  void checkType() {
    Kinds.require("timeseries panel", TYPE, type());
  }
}
