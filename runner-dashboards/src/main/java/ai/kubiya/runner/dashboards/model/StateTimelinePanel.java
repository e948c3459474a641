package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** States over time: one band per series, colored by value mappings and thresholds. */
@Value.Immutable
@JsonSerialize(as = ImmutableStateTimelinePanel.class)
@JsonDeserialize(as = ImmutableStateTimelinePanel.class)
public abstract class StateTimelinePanel extends Panel {
  /** The plugin id. */
  public static final String TYPE = "state-timeline";

  /** A builder; {@code type} defaults to {@value #TYPE}. */
  public static ImmutableStateTimelinePanel.Builder builder() {
    return ImmutableStateTimelinePanel.builder();
  }

  @Override
  @Value.Default
  public String type() {
    return TYPE;
  }

  /** The state timeline options ({@code options}). */
  public abstract Optional<StateTimelineOptions> options();

  @Value.Check
  void checkType() {
    Kinds.require("state-timeline panel", TYPE, type());
  }
}
