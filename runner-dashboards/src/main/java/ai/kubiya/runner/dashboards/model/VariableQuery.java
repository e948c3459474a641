package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * The query of a Prometheus query variable, such as {@code label_values(up, job)}. Grafana 10 saves
 * it as an object ({@code {qryType, query, refId}}), older versions as a bare text; both read and
 * write back as they were.
 */
public final class VariableQuery {
  /** The refId Grafana's Prometheus variable editor gives its query. */
  public static final String EDITOR_REF_ID = "PrometheusVariableQueryEditor-VariableQuery";

  /** The query types of Grafana's Prometheus variable editor. */
  public enum Type {
    /** 0: {@code label_names()}. */
    LABEL_NAMES,
    /** 1: {@code label_values(metric, label)}. */
    LABEL_VALUES,
    /** 2: {@code metrics(regex)}. */
    METRIC_NAMES,
    /** 3: {@code query_result(expr)}. */
    QUERY_RESULT,
    /** 4: series matching a selector. */
    SERIES_QUERY,
    /** 5: a classic query, written as text. */
    CLASSIC_QUERY
  }

  private final JsonNode json;

  private VariableQuery(JsonNode json) {
    this.json = json;
  }

  /** A query in the object form of Grafana's variable editor. */
  public static VariableQuery of(Type type, String query) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("qryType", type.ordinal());
    node.put("query", Objects.requireNonNull(query, "query"));
    node.put("refId", EDITOR_REF_ID);
    return new VariableQuery(node);
  }

  /** A query in the object form, without a query type ({@code StandardVariableQuery}). */
  public static VariableQuery standard(String query) {
    return of("StandardVariableQuery", query);
  }

  /** A query in the object form with a refId of its own, as dashboards from mixins have it. */
  public static VariableQuery of(String refId, String query) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("query", Objects.requireNonNull(query, "query"));
    node.put("refId", Objects.requireNonNull(refId, "refId"));
    return new VariableQuery(node);
  }

  /** A query in the legacy text form. */
  public static VariableQuery text(String query) {
    return new VariableQuery(
        JsonNodeFactory.instance.textNode(Objects.requireNonNull(query, "query")));
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static VariableQuery fromJson(JsonNode json) {
    if (json.isTextual() || (json.isObject() && json.path("query").isTextual())) {
      return new VariableQuery(json.deepCopy());
    }
    throw new IllegalArgumentException(
        "a variable query is a text or an object with a \"query\" text, not " + json);
  }

  @JsonValue
  JsonNode toJson() {
    return json.deepCopy();
  }

  /** The query text, for example {@code label_values(up{job="x"}, instance)}. */
  public String query() {
    return json.isTextual() ? json.textValue() : json.path("query").textValue();
  }

  /** The editor's query type, when saved in the object form with one. */
  public Optional<Type> type() {
    JsonNode t = json.path("qryType");
    return t.isInt() && t.intValue() >= 0 && t.intValue() < Type.values().length
        ? Optional.of(Type.values()[t.intValue()])
        : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VariableQuery && json.equals(((VariableQuery) o).json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return query();
  }
}
