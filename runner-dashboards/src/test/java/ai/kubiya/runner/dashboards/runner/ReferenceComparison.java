package ai.kubiya.runner.dashboards.runner;

import ai.kubiya.runner.dashboards.JsonTrees;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a dashboard built in Java with the chart's exported one. Two checks:
 *
 * <ol>
 *   <li>Required: the same uid, title, tags, time and refresh; the same panels (flattened, rows
 *       first) at the same places with the same types and titles, the same queries (expression,
 *       legend, refId), units, decimals, min/max, thresholds, value mappings and overrides; the
 *       same variables (name, type, label, query, regex, multi, include-all, all-value, refresh,
 *       hide, sort).
 *   <li>Nothing wrong: every value the built dashboard sets equals the reference's value at that
 *       path.
 * </ol>
 *
 * <p>Ignored as the issue allows: ids, versions, {@code pluginVersion} and data sources (their uids
 * are per Grafana instance), including the value of a constant {@code datasource} variable; and
 * what Grafana's variable editor caches ({@code definition}, {@code current}, options of query
 * variables). Variable settings at Grafana's defaults count as unset. PromQL compares without
 * whitespace outside string literals. Panels of collapsed rows compare relative to their row, as
 * Grafana places them when the row opens.
 */
final class ReferenceComparison {
  private static final Set<String> IGNORED =
      Set.of("id", "version", "iteration", "pluginVersion", "datasource");
  private static final Set<String> QUERY_KEYS = Set.of("expr", "query", "definition");

  private ReferenceComparison() {}

  static List<String> differences(JsonNode reference, JsonNode built) {
    JsonNode ref = normalize(reference);
    JsonNode act = normalize(built);
    List<String> out = new ArrayList<>();
    for (String d : JsonTrees.differences(required(ref), required(act))) {
      out.add("required " + d);
    }
    subset("$", ref, act, out);
    return out;
  }

  /** The tree without ignored keys and empty containers, PromQL without whitespace, rows placed. */
  static JsonNode normalize(JsonNode dashboard) {
    JsonNode tree = JsonTrees.withoutEmpties(strip(dashboard, ""));
    for (JsonNode p : tree.path("panels")) {
      placeRowContent(p);
    }
    for (JsonNode v : tree.path("templating").path("list")) {
      withoutVariableDefaults((ObjectNode) v);
    }
    return JsonTrees.withoutEmpties(withoutNulls(tree));
  }

  private static JsonNode strip(JsonNode node, String key) {
    if (node.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (!IGNORED.contains(e.getKey())) {
          out.set(e.getKey(), strip(e.getValue(), e.getKey()));
        }
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(v -> out.add(strip(v, key)));
      return out;
    }
    if (node.isTextual() && QUERY_KEYS.contains(key)) {
      return TextNode.valueOf(promqlWithoutSpace(node.textValue()));
    }
    return node;
  }

  /** PromQL with the whitespace outside string literals removed. */
  static String promqlWithoutSpace(String q) {
    StringBuilder sb = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < q.length(); i++) {
      char c = q.charAt(i);
      if (quote != 0) {
        sb.append(c);
        if (c == '\\' && i + 1 < q.length()) {
          sb.append(q.charAt(++i));
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'' || c == '`') {
        quote = c;
        sb.append(c);
      } else if (!Character.isWhitespace(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The tree without {@code null} values: Grafana reads them as absent (a base threshold step). */
  private static JsonNode withoutNulls(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (!e.getValue().isNull()) {
          out.set(e.getKey(), withoutNulls(e.getValue()));
        }
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(v -> out.add(withoutNulls(v)));
      return out;
    }
    return node;
  }

  /**
   * A variable without what Grafana's editor caches ({@code definition}, {@code current}, the
   * options of query variables) and without settings at Grafana's defaults (empty label, regex and
   * all-value, single value, no "All", shown, sorting off, URL sync on, no tags).
   */
  private static void withoutVariableDefaults(ObjectNode v) {
    v.remove(List.of("definition", "current"));
    if ("datasource".equals(v.path("name").asText())
        && "constant".equals(v.path("type").asText())) {
      v.remove("query"); // a data source reference by another name: per Grafana instance, like uids
    }
    if ("query".equals(v.path("type").asText())) {
      v.remove("options");
    }
    for (String k :
        List.of(
            "label",
            "regex",
            "allValue",
            "description",
            "queryValue",
            "tagsQuery",
            "tagValuesQuery")) {
      if (v.path(k).asText("x").isEmpty() || v.path(k).isNull()) {
        v.remove(k);
      }
    }
    for (String k : List.of("multi", "includeAll", "skipUrlSync", "useTags")) {
      if (v.path(k).isBoolean() && !v.path(k).booleanValue()) {
        v.remove(k);
      }
    }
    for (String k : List.of("hide", "sort")) {
      if (v.path(k).isInt() && v.path(k).intValue() == 0) {
        v.remove(k);
      }
    }
  }

  private static void placeRowContent(JsonNode row) {
    JsonNode inner = row.path("panels");
    if (!inner.isArray() || inner.isEmpty()) {
      return;
    }
    int top = Integer.MAX_VALUE;
    for (JsonNode p : inner) {
      top = Math.min(top, p.path("gridPos").path("y").asInt());
    }
    int shift = row.path("gridPos").path("y").asInt() + 1 - top;
    for (JsonNode p : inner) {
      ObjectNode pos = (ObjectNode) p.path("gridPos");
      pos.put("y", pos.path("y").asInt() + shift);
    }
  }

  private static JsonNode required(JsonNode d) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (String k : List.of("uid", "title", "tags", "time", "refresh")) {
      copy(d, out, k);
    }
    ArrayNode panels = out.putArray("panels");
    for (JsonNode p : d.path("panels")) {
      panels.add(requiredPanel(p));
      for (JsonNode q : p.path("panels")) {
        panels.add(requiredPanel(q));
      }
    }
    ArrayNode vars = out.putArray("variables");
    for (JsonNode v : d.path("templating").path("list")) {
      ObjectNode rv = vars.addObject();
      for (String k :
          List.of(
              "name",
              "type",
              "label",
              "regex",
              "multi",
              "includeAll",
              "allValue",
              "refresh",
              "hide",
              "sort")) {
        copy(v, rv, k);
      }
      JsonNode q = v.path("query");
      rv.set("query", q.isObject() ? q.path("query") : q);
      if (!"query".equals(v.path("type").asText())) {
        copy(v, rv, "options");
      }
    }
    return out;
  }

  private static JsonNode requiredPanel(JsonNode p) {
    ObjectNode rp = JsonNodeFactory.instance.objectNode();
    for (String k : List.of("type", "title", "gridPos", "repeat", "libraryPanel", "collapsed")) {
      copy(p, rp, k);
    }
    ArrayNode targets = rp.putArray("targets");
    for (JsonNode t : p.path("targets")) {
      if (!t.has("expr")) {
        continue; // Grafana saves rows with an empty query; it runs nothing
      }
      ObjectNode rt = targets.addObject();
      for (String k : List.of("expr", "legendFormat", "refId")) {
        copy(t, rt, k);
      }
    }
    JsonNode defaults = p.path("fieldConfig").path("defaults");
    for (String k : List.of("unit", "decimals", "min", "max", "thresholds", "mappings")) {
      copy(defaults, rp, k);
    }
    copy(p.path("fieldConfig"), rp, "overrides");
    return rp;
  }

  private static void copy(JsonNode from, ObjectNode to, String key) {
    if (from.has(key)) {
      to.set(key, from.get(key));
    }
  }

  /** Every leaf the built tree sets must be the reference's value at that path. */
  private static void subset(String path, JsonNode ref, JsonNode act, List<String> out) {
    if (act.isObject()) {
      if (!ref.isObject()) {
        out.add("wrong " + path + ": built an object, reference has " + ref);
        return;
      }
      act.fieldNames()
          .forEachRemaining(
              k -> {
                if (!ref.has(k)) {
                  out.add(
                      "wrong "
                          + path
                          + "."
                          + k
                          + ": built "
                          + abbreviate(act.get(k))
                          + ", reference has nothing");
                } else {
                  subset(path + "." + k, ref.get(k), act.get(k), out);
                }
              });
    } else if (act.isArray()) {
      if (!ref.isArray() || ref.size() != act.size()) {
        out.add(
            "wrong "
                + path
                + ": built "
                + act.size()
                + " elements, reference has "
                + abbreviate(ref));
        return;
      }
      for (int i = 0; i < act.size(); i++) {
        subset(path + "[" + i + "]", ref.get(i), act.get(i), out);
      }
    } else {
      boolean same =
          act.isNumber() && ref.isNumber()
              ? act.decimalValue().compareTo(ref.decimalValue()) == 0
              : act.equals(ref);
      if (!same) {
        out.add(
            "wrong " + path + ": built " + abbreviate(act) + ", reference has " + abbreviate(ref));
      }
    }
  }

  private static String abbreviate(JsonNode n) {
    String s = n.toString();
    return s.length() > 160 ? s.substring(0, 157) + "..." : s;
  }
}
