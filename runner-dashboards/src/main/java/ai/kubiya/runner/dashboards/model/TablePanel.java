package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A table of query results. */
@Value.Immutable
@JsonSerialize(as = ImmutableTablePanel.class)
@JsonDeserialize(as = ImmutableTablePanel.class)
public abstract class TablePanel extends Panel {
  /** The plugin id. */
  public static final String TYPE = "table";

  /** A builder; {@code type} defaults to {@value #TYPE}. */
  public static ImmutableTablePanel.Builder builder() {
    return ImmutableTablePanel.builder();
  }

  @Override
  @Value.Default
  public String type() {
    return TYPE;
  }

  /** The table options ({@code options}). */
  public abstract Optional<TableOptions> options();

  @Value.Check
  void checkType() {
    Kinds.require("table panel", TYPE, type());
  }
}
