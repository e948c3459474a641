package ai.kubiya.runner.deployer;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Field-level comparison of a desired object with the live one. The live object may carry more than
 * the desired one (server defaults, status, other writers' fields): only the fields the desired
 * object sets are compared, plus the fields the previously applied version set and the desired one
 * no longer does (removals). Lists whose elements have a {@code name} are matched by name; other
 * lists by position. Quantities under {@code resources} compare by amount.
 *
 * <p>Additions another writer made are shown per field kind: keys added to a ConfigMap's or
 * Secret's {@code data}/{@code binaryData}, and elements added to a list of named elements
 * (containers, init containers, env vars, volumes, volume mounts, ports), including such a list
 * where the desired object has none. Labels and annotations added by others, and scalar fields the
 * desired object leaves unset, are not shown: controllers, admission and the API server add those
 * routinely (revision annotations, defaults).
 */
final class TreeDiff {
  static final String REDACTED = "<redacted>";

  /**
   * Lists of named elements whose elements, when the desired object has no such list, are
   * additions.
   */
  private static final java.util.Set<String> ADDITION_LISTS =
      java.util.Set.of("containers", "initContainers", "env", "volumes", "volumeMounts", "ports");

  private static final Pattern SENSITIVE_ENV =
      Pattern.compile(
          ".*env\\[name=[^\\]]*"
              + "(?i:token|secret|password|passwd|key|creds|seed|jwt)[^\\]]*\\]\\.value.*");

  private final boolean secretKind;
  private final boolean dataKind;
  private final List<FieldChange> out = new ArrayList<>();

  private TreeDiff(String kind) {
    this.secretKind = "Secret".equals(kind);
    this.dataKind = secretKind || "ConfigMap".equals(kind);
  }

  /**
   * The fields where {@code live} differs from {@code desired}, then the fields {@code previous}
   * set that {@code desired} drops and {@code live} still has. {@code previous} may be null.
   */
  static List<FieldChange> changes(
      String kind, JsonNode desired, JsonNode live, JsonNode previous) {
    TreeDiff diff = new TreeDiff(kind);
    diff.compare("", desired, live, previous);
    if (previous != null) {
      diff.removed("", previous, desired, live);
    }
    return List.copyOf(diff.out);
  }

  /** True when every field of {@code desired} has the same value in {@code live}. */
  static boolean contains(String kind, JsonNode live, JsonNode desired) {
    return changes(kind, desired, live, null).isEmpty();
  }

  private void compare(String path, JsonNode desired, JsonNode live, JsonNode previous) {
    if (desired == null || desired.isNull() || desired.isMissingNode()) {
      return;
    }
    boolean liveMissing = live == null || live.isNull() || live.isMissingNode();
    if (desired.isObject()) {
      if (liveMissing || !live.isObject()) {
        record(path, live, desired);
        return;
      }
      for (Map.Entry<String, JsonNode> field : desired.properties()) {
        compare(
            join(path, field.getKey()),
            field.getValue(),
            live.get(field.getKey()),
            child(previous, field.getKey()));
      }
      addedFields(path, desired, live, previous);
    } else if (desired.isArray()) {
      compareArray(path, desired, liveMissing ? null : live, previous);
    } else if (liveMissing || !sameScalar(path, desired, live)) {
      record(path, live, desired);
    }
  }

  private void compareArray(String path, JsonNode desired, JsonNode live, JsonNode previous) {
    if (desired.isEmpty()) {
      if (live != null && !(live.isArray() && live.isEmpty())) {
        record(path, live, desired);
      }
      return;
    }
    if (live == null || !live.isArray()) {
      record(path, live, desired);
      return;
    }
    if (keyedByName(desired)) {
      for (JsonNode element : desired) {
        String name = element.get("name").asText();
        compare(
            path + "[name=" + name + "]",
            element,
            byName(live, name),
            previous != null && previous.isArray() ? byName(previous, name) : null);
      }
      for (JsonNode element : live) {
        String name = element.path("name").asText(null);
        if (name != null
            && byName(desired, name) == null
            && (previous == null || !previous.isArray() || byName(previous, name) == null)) {
          String elementPath = path + "[name=" + name + "]";
          out.add(
              FieldChange.of(
                  elementPath, Optional.of(show(elementPath, element)), Optional.empty()));
        }
      }
      return;
    }
    if (desired.size() != live.size()) {
      record(path, live, desired);
      return;
    }
    for (int i = 0; i < desired.size(); i++) {
      compare(
          path + "[" + i + "]",
          desired.get(i),
          live.get(i),
          previous != null ? previous.get(i) : null);
    }
  }

  /**
   * Fields of {@code live} the desired object does not have (nor had before, which {@link #removed}
   * reports) that count as additions: data keys of a ConfigMap or Secret, and lists of named
   * elements such as env.
   */
  private void addedFields(String path, JsonNode desired, JsonNode live, JsonNode previous) {
    boolean dataMap = dataKind && (path.equals("data") || path.equals("binaryData"));
    for (Map.Entry<String, JsonNode> field : live.properties()) {
      String key = field.getKey();
      if (desired.has(key) || (previous != null && previous.has(key))) {
        continue;
      }
      JsonNode value = field.getValue();
      String fieldPath = join(path, key);
      if (dataMap) {
        out.add(FieldChange.of(fieldPath, Optional.of(show(fieldPath, value)), Optional.empty()));
      } else if (ADDITION_LISTS.contains(key) && value.isArray() && keyedByName(value)) {
        for (JsonNode element : value) {
          String elementPath = fieldPath + "[name=" + element.get("name").asText() + "]";
          out.add(
              FieldChange.of(
                  elementPath, Optional.of(show(elementPath, element)), Optional.empty()));
        }
      }
    }
  }

  private static JsonNode child(JsonNode node, String key) {
    return node != null && node.isObject() ? node.get(key) : null;
  }

  private void removed(String path, JsonNode previous, JsonNode desired, JsonNode live) {
    if (live == null || live.isMissingNode() || live.isNull()) {
      return;
    }
    if (previous.isObject() && desired != null && desired.isObject() && live.isObject()) {
      for (Map.Entry<String, JsonNode> field : previous.properties()) {
        String key = field.getKey();
        JsonNode liveValue = live.get(key);
        if (!desired.has(key)) {
          if (liveValue != null && !liveValue.isNull()) {
            out.add(
                FieldChange.of(
                    join(path, key),
                    Optional.of(show(join(path, key), liveValue)),
                    Optional.empty()));
          }
        } else {
          removed(join(path, key), field.getValue(), desired.get(key), liveValue);
        }
      }
    } else if (previous.isArray()
        && keyedByName(previous)
        && desired != null
        && desired.isArray()
        && keyedByName(desired)) {
      for (JsonNode element : previous) {
        String name = element.get("name").asText();
        String elementPath = path + "[name=" + name + "]";
        JsonNode liveElement = live.isArray() ? byName(live, name) : null;
        JsonNode desiredElement = byName(desired, name);
        if (desiredElement == null && liveElement != null) {
          out.add(
              FieldChange.of(
                  elementPath, Optional.of(show(elementPath, liveElement)), Optional.empty()));
        } else if (desiredElement != null && liveElement != null) {
          removed(elementPath, element, desiredElement, liveElement);
        }
      }
    }
  }

  private void record(String path, JsonNode live, JsonNode desired) {
    Optional<String> before =
        live == null || live.isMissingNode() || live.isNull()
            ? Optional.empty()
            : Optional.of(show(path, live));
    out.add(FieldChange.of(path, before, Optional.of(show(path, desired))));
  }

  private String show(String path, JsonNode value) {
    if (sensitive(path)) {
      return REDACTED;
    }
    String text = ObjectTrees.compact(value);
    return text.length() > 200 ? text.substring(0, 197) + "..." : text;
  }

  private boolean sensitive(String path) {
    return (secretKind && (path.startsWith("data") || path.startsWith("stringData")))
        || SENSITIVE_ENV.matcher(path).matches()
        || SENSITIVE_ENV.matcher(path + ".value").matches();
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

  private static boolean keyedByName(JsonNode array) {
    for (JsonNode element : array) {
      if (!element.isObject() || !element.path("name").isTextual()) {
        return false;
      }
    }
    return array.size() > 0;
  }

  private static JsonNode byName(JsonNode array, String name) {
    for (JsonNode element : array) {
      if (name.equals(element.path("name").asText(null))) {
        return element;
      }
    }
    return null;
  }

  private static String join(String path, String key) {
    String segment = key.contains(".") || key.contains("/") ? "[" + key + "]" : key;
    if (path.isEmpty()) {
      return segment;
    }
    return segment.startsWith("[") ? path + segment : path + "." + segment;
  }
}
