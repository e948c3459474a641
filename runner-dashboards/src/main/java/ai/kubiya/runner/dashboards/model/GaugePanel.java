package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A radial gauge per series. */
@Value.Immutable
@JsonSerialize(as = ImmutableGaugePanel.class)
@JsonDeserialize(as = ImmutableGaugePanel.class)
public abstract class GaugePanel extends Panel {
  /** The plugin id. */
  public static final String TYPE = "gauge";

  /** A builder; {@code type} defaults to {@value #TYPE}. */
  public static ImmutableGaugePanel.Builder builder() {
    return ImmutableGaugePanel.builder();
  }

  @Override
  @Value.Default
  public String type() {
    return TYPE;
  }

  /** The gauge options ({@code options}). */
  public abstract Optional<GaugeOptions> options();

  @Value.Check
  void checkType() {
    Kinds.require("gauge panel", TYPE, type());
  }
}
