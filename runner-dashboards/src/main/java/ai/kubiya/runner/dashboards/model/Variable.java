package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A template variable: a name that queries use as {@code $name}, {@code ${name}} or {@code
 * [[name]]}. One type per kind: {@link QueryVariable}, {@link CustomVariable}, {@link
 * IntervalVariable}, {@link DatasourceVariable}, {@link ConstantVariable}, {@link TextboxVariable};
 * other kinds read as {@link GenericVariable}.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "type",
    visible = true,
    defaultImpl = GenericVariable.class)
@JsonSubTypes({
  @JsonSubTypes.Type(value = QueryVariable.class, name = QueryVariable.TYPE),
  @JsonSubTypes.Type(value = CustomVariable.class, name = CustomVariable.TYPE),
  @JsonSubTypes.Type(value = IntervalVariable.class, name = IntervalVariable.TYPE),
  @JsonSubTypes.Type(value = DatasourceVariable.class, name = DatasourceVariable.TYPE),
  @JsonSubTypes.Type(value = ConstantVariable.class, name = ConstantVariable.TYPE),
  @JsonSubTypes.Type(value = TextboxVariable.class, name = TextboxVariable.TYPE)
})
public abstract class Variable {
  /**
   * {@code query}, {@code custom}, {@code interval}, {@code datasource}, {@code constant}, {@code
   * textbox}...
   */
  public abstract String type();

  /** The name queries refer to as {@code $name}. */
  public abstract String name();

  /** The picker's label; the name when absent. */
  public abstract Optional<String> label();

  /** Shown as the picker's tooltip. */
  public abstract Optional<String> description();

  /** Whether the picker, or its label, is hidden. */
  public abstract Optional<VariableSettings.Hide> hide();

  /** Keep the value out of the dashboard's URL. */
  public abstract Optional<Boolean> skipUrlSync();

  /** The selection when the dashboard was saved. */
  public abstract Optional<VariableOption> current();

  /** The options saved with the dashboard (query variables reload theirs). */
  public abstract List<VariableOption> options();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
