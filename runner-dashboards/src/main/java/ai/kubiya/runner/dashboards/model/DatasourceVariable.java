package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A variable whose values are the data sources of one plugin type, for example {@code prometheus}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDatasourceVariable.class)
@JsonDeserialize(as = ImmutableDatasourceVariable.class)
public abstract class DatasourceVariable extends Variable {
  /** The variable kind. */
  public static final String TYPE = "datasource";

  /** A builder; {@code type} defaults to {@value #TYPE}. */
  public static ImmutableDatasourceVariable.Builder builder() {
    return ImmutableDatasourceVariable.builder();
  }

  @Override
  @Value.Default
  public String type() {
    return TYPE;
  }

  /** The data source plugin type. */
  public abstract Optional<String> query();

  /** A regex that filters data source names. */
  public abstract Optional<String> regex();

  /** When the list of data sources reloads. */
  public abstract Optional<VariableSettings.Refresh> refresh();

  /** Several values may be selected. */
  public abstract Optional<Boolean> multi();

  /** Offer an "All" option. */
  public abstract Optional<Boolean> includeAll();

  /** What "All" substitutes; by default every value, joined as a regex alternation. */
  public abstract Optional<String> allValue();

  @Value.Check
  void checkType() {
    Kinds.require("datasource variable", TYPE, type());
  }
}
