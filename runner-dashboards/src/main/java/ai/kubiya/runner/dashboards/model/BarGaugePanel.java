package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Horizontal or vertical bars, one per series. */
@Value.Immutable
@JsonSerialize(as = ImmutableBarGaugePanel.class)
@JsonDeserialize(as = ImmutableBarGaugePanel.class)
public abstract class BarGaugePanel extends Panel {
  /** The plugin id. */
  public static final String TYPE = "bargauge";

  /** A builder; {@code type} defaults to {@value #TYPE}. */
  public static ImmutableBarGaugePanel.Builder builder() {
    return ImmutableBarGaugePanel.builder();
  }

  @Override
  @Value.Default
  public String type() {
    return TYPE;
  }

  /** The bar gauge options ({@code options}). */
  public abstract Optional<BarGaugeOptions> options();

  @Value.Check
  void checkType() {
    Kinds.require("bargauge panel", TYPE, type());
  }
}
