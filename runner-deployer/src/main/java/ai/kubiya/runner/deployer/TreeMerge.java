package ai.kubiya.runner.deployer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Lays a desired tree over a live one: objects merge key by key, lists whose elements all have a
 * {@code name} merge element by element (live-only elements stay), other values are replaced. What
 * the live tree holds and the desired one does not set stays as it is.
 */
final class TreeMerge {
  private TreeMerge() {}

  /** A copy of {@code live} with {@code desired} laid over it. */
  static ObjectNode overlay(ObjectNode live, ObjectNode desired) {
    ObjectNode result = live.deepCopy();
    mergeInto(result, desired);
    return result;
  }

  private static void mergeInto(ObjectNode target, ObjectNode desired) {
    for (Map.Entry<String, JsonNode> field : desired.properties()) {
      JsonNode current = target.get(field.getKey());
      JsonNode value = field.getValue();
      if (value.isObject() && current != null && current.isObject()) {
        mergeInto((ObjectNode) current, (ObjectNode) value);
      } else if (value.isArray()
          && current != null
          && current.isArray()
          && named(value)
          && named(current)) {
        target.set(field.getKey(), mergeNamed((ArrayNode) current, (ArrayNode) value));
      } else {
        target.set(field.getKey(), value.deepCopy());
      }
    }
  }

  private static ArrayNode mergeNamed(ArrayNode live, ArrayNode desired) {
    ArrayNode result = desired.arrayNode();
    for (JsonNode element : desired) {
      JsonNode match = byName(live, element.get("name").asText());
      if (match == null) {
        result.add(element.deepCopy());
      } else {
        ObjectNode merged = ((ObjectNode) match).deepCopy();
        mergeInto(merged, (ObjectNode) element);
        result.add(merged);
      }
    }
    for (JsonNode element : live) {
      if (byName(desired, element.get("name").asText()) == null) {
        result.add(element.deepCopy());
      }
    }
    return result;
  }

  private static boolean named(JsonNode array) {
    for (JsonNode element : array) {
      if (!element.isObject() || !element.path("name").isTextual()) {
        return false;
      }
    }
    return !array.isEmpty();
  }

  private static JsonNode byName(JsonNode array, String name) {
    for (JsonNode element : array) {
      if (name.equals(element.path("name").asText(null))) {
        return element;
      }
    }
    return null;
  }
}
