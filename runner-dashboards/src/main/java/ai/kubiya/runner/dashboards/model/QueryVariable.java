package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A variable whose values come from a data source query, such as {@code label_values(up, job)}. */
@Value.Immutable
@JsonSerialize(as = ImmutableQueryVariable.class)
@JsonDeserialize(as = ImmutableQueryVariable.class)
public abstract class QueryVariable extends Variable {
  /** The variable kind. */
  public static final String TYPE = "query";

  /** A builder; {@code type} defaults to {@value #TYPE}. */
  public static ImmutableQueryVariable.Builder builder() {
    return ImmutableQueryVariable.builder();
  }

  @Override
  @Value.Default
  public String type() {
    return TYPE;
  }

  /** The data source the query runs on. */
  public abstract Optional<DatasourceRef> datasource();

  /** The query ({@code query}), as an object or legacy text. */
  public abstract Optional<VariableQuery> query();

  /** The query as the editor shows it. */
  public abstract Optional<String> definition();

  /** A regex that filters (and with a capture group, extracts) the values. */
  public abstract Optional<String> regex();

  /** When the values reload. */
  public abstract Optional<VariableSettings.Refresh> refresh();

  /** How the values are sorted. */
  public abstract Optional<VariableSettings.Sort> sort();

  /** Several values may be selected. */
  public abstract Optional<Boolean> multi();

  /** Offer an "All" option. */
  public abstract Optional<Boolean> includeAll();

  /** What "All" substitutes; by default every value, joined as a regex alternation. */
  public abstract Optional<String> allValue();

  @Value.Check
  void checkType() {
    Kinds.require("query variable", TYPE, type());
  }
}
