package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A row: a full-width header that groups the panels below it. A collapsed row holds its panels
 * itself ({@link #panels()}); an expanded row holds none, its panels follow it in the dashboard.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRowPanel.class)
@JsonDeserialize(as = ImmutableRowPanel.class)
public abstract class RowPanel extends Panel {
  /** The plugin id. */
  public static final String TYPE = "row";

  /** A builder; {@code type} defaults to {@value #TYPE}. */
  public static ImmutableRowPanel.Builder builder() {
    return ImmutableRowPanel.builder();
  }

  @Override
  @Value.Default
  public String type() {
    return TYPE;
  }

  /** A row with this title. */
  public static RowPanel of(String title) {
    return builder().title(title).collapsed(false).build();
  }

  /** Whether the row is collapsed; a collapsed row holds its panels in {@link #panels()}. */
  public abstract Optional<Boolean> collapsed();

  /** The panels of a collapsed row. */
  public abstract List<Panel> panels();

  /** True when the row is collapsed. */
  public boolean isCollapsed() {
    return collapsed().orElse(false);
  }

  @Value.Check
  void checkType() {
    Kinds.require("row panel", TYPE, type());
  }
}
