package ai.kubiya.runner.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Comparisons of JSON trees for tests: numbers by value, empty arrays and objects as absent. */
public final class JsonTrees {
  private JsonTrees() {}

  /** The tree without empty arrays and empty objects (Grafana treats them as absent). */
  public static JsonNode withoutEmpties(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        JsonNode v = withoutEmpties(e.getValue());
        if (!(v.isContainerNode() && v.isEmpty())) {
          out.set(e.getKey(), v);
        }
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(v -> out.add(withoutEmpties(v)));
      return out;
    }
    return node;
  }

  /** Every difference between two trees, by path; numbers compare by value. */
  public static List<String> differences(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    diff("$", expected, actual, out);
    return out;
  }

  private static void diff(String path, JsonNode a, JsonNode b, List<String> out) {
    if (a.isNumber() && b.isNumber()) {
      if (a.decimalValue().compareTo(b.decimalValue()) != 0) {
        out.add(path + ": " + a + " != " + b);
      }
      return;
    }
    if (a.isObject() && b.isObject()) {
      TreeSet<String> keys = new TreeSet<>();
      a.fieldNames().forEachRemaining(keys::add);
      b.fieldNames().forEachRemaining(keys::add);
      for (String k : keys) {
        if (!a.has(k)) {
          out.add(path + "." + k + ": unexpected " + abbreviate(b.get(k)));
        } else if (!b.has(k)) {
          out.add(path + "." + k + ": missing " + abbreviate(a.get(k)));
        } else {
          diff(path + "." + k, a.get(k), b.get(k), out);
        }
      }
      return;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        out.add(path + ": " + a.size() + " elements != " + b.size());
      }
      for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
        diff(path + "[" + i + "]", a.get(i), b.get(i), out);
      }
      return;
    }
    if (!a.equals(b)) {
      out.add(path + ": " + abbreviate(a) + " != " + abbreviate(b));
    }
  }

  private static String abbreviate(JsonNode n) {
    String s = n.toString();
    return s.length() > 120 ? s.substring(0, 117) + "..." : s;
  }
}
