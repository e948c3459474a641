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

  /** A builder; {@code type} defaults to {@value #TYPE}. */
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

  /** Column definitions of the {@code table} transform, kept as JSON. */
  public abstract List<JsonNode> columns();

  /** How series become rows, for example {@code timeseries_to_rows}. */
  public abstract Optional<String> transform();

  /** The initial sort. */
  public abstract Optional<TableOldSort> sort();

  /** Font size, for example {@code 100%}. */
  public abstract Optional<String> fontSize();

  /** Scroll instead of growing with the rows. */
  public abstract Optional<Boolean> scroll();

  /** Show the header row. */
  public abstract Optional<Boolean> showHeader();

  @Value.Check
  void checkType() {
    Kinds.require("table-old panel", TYPE, type());
  }
}
