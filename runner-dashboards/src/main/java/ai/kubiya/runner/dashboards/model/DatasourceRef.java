package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * Which data source a panel, query or variable reads: {@code {"type": "prometheus", "uid": "..."}},
 * or, in dashboards saved by older Grafana versions, a bare name such as {@code "${datasource}"}.
 * Both forms read and write back as they were.
 */
public final class DatasourceRef {
  /** The plugin id of Prometheus data sources. */
  public static final String PROMETHEUS = "prometheus";

  private final JsonNode json;

  private DatasourceRef(JsonNode json) {
    this.json = json;
  }

  /** A Prometheus data source by uid ({@code "${datasource}"} to follow a datasource variable). */
  public static DatasourceRef prometheus(String uid) {
    return of(PROMETHEUS, uid);
  }

  /** A data source by plugin type and uid. */
  public static DatasourceRef of(String type, String uid) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("type", Objects.requireNonNull(type, "type"));
    node.put("uid", Objects.requireNonNull(uid, "uid"));
    return new DatasourceRef(node);
  }

  /** A data source by uid alone, without a plugin type. */
  public static DatasourceRef uid(String uid) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("uid", Objects.requireNonNull(uid, "uid"));
    return new DatasourceRef(node);
  }

  /** The legacy form: a data source name or variable as a bare string. */
  public static DatasourceRef named(String name) {
    return new DatasourceRef(
        JsonNodeFactory.instance.textNode(Objects.requireNonNull(name, "name")));
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static DatasourceRef fromJson(JsonNode json) {
    if (json == null || !(json.isTextual() || json.isObject())) {
      throw new IllegalArgumentException(
          "a datasource is an object {type, uid} or a name, not " + json);
    }
    return new DatasourceRef(json.deepCopy());
  }

  @JsonValue
  JsonNode toJson() {
    return json.deepCopy();
  }

  /** The plugin type, when given. */
  public Optional<String> type() {
    return json.isObject() ? Optional.ofNullable(json.path("type").textValue()) : Optional.empty();
  }

  /** The uid, or the name in the legacy string form. */
  public Optional<String> uid() {
    return json.isTextual()
        ? Optional.of(json.textValue())
        : Optional.ofNullable(json.path("uid").textValue());
  }

  /** True for the legacy bare-name form. */
  public boolean isNamed() {
    return json.isTextual();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DatasourceRef && json.equals(((DatasourceRef) o).json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return json.toString();
  }
}
