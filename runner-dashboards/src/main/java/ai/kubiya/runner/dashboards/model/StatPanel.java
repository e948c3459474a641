package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Big values, one per series, with optional sparklines and threshold colors. */
@Value.Immutable
@JsonSerialize(as = ImmutableStatPanel.class)
@JsonDeserialize(as = ImmutableStatPanel.class)
public abstract class StatPanel extends Panel {
  /** The plugin id. */
  public static final String TYPE = "stat";

  /** A builder; {@code type} defaults to {@value #TYPE}. */
  public static ImmutableStatPanel.Builder builder() {
    return ImmutableStatPanel.builder();
  }

  @Override
  @Value.Default
  public String type() {
    return TYPE;
  }

  /** The stat options ({@code options}). */
  public abstract Optional<StatOptions> options();

  @Value.Check
  void checkType() {
    Kinds.require("stat panel", TYPE, type());
  }
}
