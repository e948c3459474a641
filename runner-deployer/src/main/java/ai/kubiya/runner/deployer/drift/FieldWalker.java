package ai.kubiya.runner.deployer.drift;

import ai.kubiya.runner.deployer.drift.ManagedFields.Key;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Walks a desired tree and compares each field it sets with the live tree. Fields the desired tree
 * does not set are never compared (server defaults, status, other managers' fields); lists whose
 * elements all have a {@code name} match by name (live-only elements are someone else's), other
 * lists compare as a whole; quantities under {@code resources} by amount; numbers by value.
 */
final class FieldWalker {
  static final String REDACTED = "<redacted>";
  private static final Pattern SENSITIVE_ENV =
      Pattern.compile(
          ".*env\\[name=[^\\]]*"
              + "(?i:token|secret|password|passwd|key|creds|seed|jwt)[^\\]]*\\]\\.value.*");

  private final String kind;
  private final String name;
  private final List<IgnoreRule> ignore;
  private final ManagedFields managed;
  private final List<FieldDrift> out = new ArrayList<>();

  private FieldWalker(String kind, String name, List<IgnoreRule> ignore, ManagedFields managed) {
    this.kind = kind;
    this.name = name;
    this.ignore = ignore;
    this.managed = managed;
  }

  /** The fields of {@code desired} whose value differs in {@code live}, minus the ignored ones. */
  static List<FieldDrift> drifts(
      String kind,
      String name,
      JsonNode desired,
      JsonNode live,
      List<IgnoreRule> ignore,
      ManagedFields managed) {
    FieldWalker walker = new FieldWalker(kind, name, ignore, managed);
    walker.compare("", new ArrayList<>(), desired, live);
    return List.copyOf(walker.out);
  }

  /** A copy of the desired tree without the fields the rules ignore (the SDK leaves them alone). */
  static ObjectNode withoutIgnored(
      String kind, String name, ObjectNode desired, List<IgnoreRule> ignore) {
    ObjectNode copy = desired.deepCopy();
    if (!ignore.isEmpty()) {
      prune(kind, name, "", copy, ignore);
    }
    return copy;
  }

  private static void prune(
      String kind, String name, String path, JsonNode node, List<IgnoreRule> ignore) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String child = join(path, field.getKey());
        if (ignored(kind, name, child, ignore)) {
          fields.remove();
        } else {
          prune(kind, name, child, field.getValue(), ignore);
        }
      }
    } else if (node.isArray() && named(node)) {
      for (JsonNode element : (ArrayNode) node) {
        prune(kind, name, path + "[name=" + element.get("name").asText() + "]", element, ignore);
      }
    }
  }

  private void compare(String path, List<Key> keys, JsonNode desired, JsonNode live) {
    if (desired == null
        || desired.isNull()
        || desired.isMissingNode()
        || ignored(kind, name, path, ignore)) {
      return;
    }
    boolean liveMissing = live == null || live.isNull() || live.isMissingNode();
    if (desired.isObject()) {
      if (liveMissing || !live.isObject()) {
        record(path, keys, desired, live);
        return;
      }
      for (Map.Entry<String, JsonNode> field : desired.properties()) {
        keys.add(Key.field(field.getKey()));
        compare(join(path, field.getKey()), keys, field.getValue(), live.get(field.getKey()));
        keys.remove(keys.size() - 1);
      }
    } else if (desired.isArray()) {
      compareArray(path, keys, desired, liveMissing ? null : live);
    } else if (liveMissing || !sameScalar(path, desired, live)) {
      record(path, keys, desired, live);
    }
  }

  private void compareArray(String path, List<Key> keys, JsonNode desired, JsonNode live) {
    if (desired.isEmpty()) {
      if (live != null && !(live.isArray() && live.isEmpty())) {
        record(path, keys, desired, live);
      }
      return;
    }
    if (live == null || !live.isArray()) {
      record(path, keys, desired, live);
      return;
    }
    if (named(desired)) {
      for (JsonNode element : desired) {
        String elementName = element.get("name").asText();
        keys.add(Key.named(elementName));
        compare(path + "[name=" + elementName + "]", keys, element, byName(live, elementName));
        keys.remove(keys.size() - 1);
      }
      return;
    }
    boolean same = desired.size() == live.size();
    for (int i = 0; same && i < desired.size(); i++) {
      same = desired.get(i).equals(live.get(i)) || sameTree(desired.get(i), live.get(i));
    }
    if (!same) {
      record(path, keys, desired, live);
    }
  }

  private boolean sameTree(JsonNode desired, JsonNode live) {
    return drifts(kind, name, desired, live, List.of(), ManagedFields.NONE).isEmpty();
  }

  private void record(String path, List<Key> keys, JsonNode desired, JsonNode live) {
    Optional<String> liveValue =
        live == null || live.isMissingNode() || live.isNull()
            ? Optional.empty()
            : Optional.of(show(path, live));
    out.add(FieldDrift.of(path, show(path, desired), liveValue, managed.managerOf(keys)));
  }

  private String show(String path, JsonNode value) {
    if (("Secret".equals(kind) && (path.startsWith("data") || path.startsWith("stringData")))
        || SENSITIVE_ENV.matcher(path).matches()) {
      return REDACTED;
    }
    String text = value.isTextual() ? value.asText() : value.toString();
    return text.length() > 200 ? text.substring(0, 197) + "..." : text;
  }

  private static boolean ignored(String kind, String name, String path, List<IgnoreRule> ignore) {
    for (IgnoreRule rule : ignore) {
      if (rule.covers(kind, name, path)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameScalar(String path, JsonNode desired, JsonNode live) {
    if (desired.isNumber() && live.isNumber()) {
      return desired.decimalValue().compareTo(live.decimalValue()) == 0;
    }
    if (desired.asText().equals(live.asText())) {
      return true;
    }
    return path.contains("resources.") && sameQuantity(desired.asText(), live.asText());
  }

  private static boolean sameQuantity(String a, String b) {
    try {
      return Quantity.getAmountInBytes(new Quantity(a))
              .compareTo(Quantity.getAmountInBytes(new Quantity(b)))
          == 0;
    } catch (RuntimeException notAQuantity) {
      return false;
    }
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

  static String join(String path, String key) {
    String segment = key.contains(".") || key.contains("/") ? "[" + key + "]" : key;
    if (path.isEmpty()) {
      return segment;
    }
    return segment.startsWith("[") ? path + segment : path + "." + segment;
  }
}
