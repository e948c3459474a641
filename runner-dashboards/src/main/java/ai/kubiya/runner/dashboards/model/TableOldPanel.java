package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The legacy table panel (Grafana 7 and earlier): column styles, a transform and a sort. */
@Value.Immutable
@JsonSerialize(as = ImmutableTableOldPanel.class)
@JsonDeserialize(as = ImmutableTableOldPanel.class)
public abstract class TableOldPanel extends Panel {
  /** The plugin id. */
  public static final String TYPE = "table-old";

  public static ImmutableTableOldPanel.Builder builder() {
    return ImmutableTableOldPanel.builder();
  }

  @Override
  @Value.Default
  public String type() {
    return TYPE;
  }

  /** Column styles, first match wins. */
  public abstract List<TableOldStyle> styles();

  public abstract List<JsonNode> columns();

  /** How series become rows, for example {@code timeseries_to_rows}. */
  public abstract Optional<String> transform();

  public abstract Optional<TableOldSort> sort();

  public abstract Optional<String> fontSize();

  public abstract Optional<Boolean> scroll();

  public abstract Optional<Boolean> showHeader();

  @Value.Check
  protected void checkType() {
    Kinds.require("table-old panel", TYPE, type());
  }
}
