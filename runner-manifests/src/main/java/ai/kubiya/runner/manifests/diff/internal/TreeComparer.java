package ai.kubiya.runner.manifests.diff.internal;

import ai.kubiya.runner.manifests.diff.Difference;
import ai.kubiya.runner.manifests.diff.Difference.Kind;
import ai.kubiya.runner.manifests.diff.ObjectRef;
import ai.kubiya.runner.model.Secrets;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares two objects field by field. Empty values ({@code null}, {@code ""}, {@code {}}, {@code
 * []}) count as absent; scalars compare by their text ({@code 80} equals {@code "80"}); lists whose
 * elements all have distinct names match by name; resource quantities compare by amount; multi-line
 * ConfigMap data compares as {@link ConfigText}.
 */
public final class TreeComparer {
  private static final String MANAGED_BY = "app.kubernetes.io/managed-by";
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final int SHOWN = 200;

  private final ObjectRef ref;
  private final List<Difference> out;

  private TreeComparer(ObjectRef ref, List<Difference> out) {
    this.ref = ref;
    this.out = out;
  }

  /** Appends to {@code out} every difference between {@code expected} and {@code actual}. */
  public static void compare(
      ObjectRef ref, JsonNode expected, JsonNode actual, List<Difference> out) {
    new TreeComparer(ref, out).node("", expected, actual, false);
  }

  /** How a whole object is shown in a missing/unexpected-object line. */
  public static String describe(ObjectRef ref) {
    return ref.kind();
  }

  private void node(String path, JsonNode a, JsonNode b, boolean secret) {
    boolean noA = empty(a);
    boolean noB = empty(b);
    if (noA && noB) {
      return;
    }
    if (noB) {
      add(path, Kind.MISSING, show(a, secret), Difference.NONE);
    } else if (noA) {
      add(path, Kind.UNEXPECTED, Difference.NONE, show(b, secret));
    } else if (a.isObject() && b.isObject()) {
      map(path, a, b, secret);
    } else if (a.isArray() && b.isArray()) {
      list(path, a, b, secret);
    } else if (a.isValueNode() && b.isValueNode()) {
      scalar(path, a, b, secret);
    } else {
      add(path, Kind.CHANGED, show(a, secret), show(b, secret));
    }
  }

  private void map(String path, JsonNode a, JsonNode b, boolean secret) {
    Set<String> keys = new LinkedHashSet<>();
    a.fieldNames().forEachRemaining(keys::add);
    b.fieldNames().forEachRemaining(keys::add);
    boolean labels = path.endsWith("labels");
    boolean annotations = path.endsWith("annotations");
    boolean data = path.equals("data") || path.equals("stringData") || path.equals("binaryData");
    for (String key : keys) {
      String p = child(path, key);
      JsonNode x = a.get(key);
      JsonNode y = b.get(key);
      if (annotations && (key.startsWith("helm.sh/") || key.startsWith("meta.helm.sh/"))) {
        continue;
      }
      if (labels && key.equals(MANAGED_BY) && !empty(x) && !empty(y)) {
        continue;
      }
      if (annotations && key.startsWith("checksum/") && !empty(x) && !empty(y)) {
        checksum(p, x, y);
        continue;
      }
      boolean secretHere =
          secret
              || (ref.kind().equals("Secret")
                  && (data
                      || (path.isEmpty() && (key.equals("data") || key.equals("stringData")))));
      if (data
          && !secretHere
          && textual(x)
          && textual(y)
          && (x.asText().contains("\n") || y.asText().contains("\n"))) {
        text(p, key, x.asText(), y.asText());
        continue;
      }
      node(p, x, y, secretHere);
    }
  }

  private void checksum(String path, JsonNode x, JsonNode y) {
    boolean xHex = x.isTextual() && SHA256.matcher(x.asText()).matches();
    boolean yHex = y.isTextual() && SHA256.matcher(y.asText()).matches();
    if (xHex && !yHex) {
      add(path, Kind.BAD_CHECKSUM, "a SHA-256 hex digest", show(y, false));
    } else if (!xHex) {
      scalar(path, x, y, false);
    }
  }

  private void list(String path, JsonNode a, JsonNode b, boolean secret) {
    Map<String, JsonNode> byNameA = byName(a);
    Map<String, JsonNode> byNameB = byName(b);
    if (byNameA != null && byNameB != null) {
      boolean env = path.endsWith("env");
      Set<String> names = new LinkedHashSet<>(byNameA.keySet());
      names.addAll(byNameB.keySet());
      for (String name : names) {
        boolean secretHere = secret || (env && Secrets.isSecretName(name));
        node(path + "[" + name + "]", byNameA.get(name), byNameB.get(name), secretHere);
      }
      return;
    }
    int n = Math.max(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      node(path + "[" + i + "]", a.get(i), b.get(i), secret);
    }
  }

  /** Elements by name when every element is a map with a distinct, non-empty name; else null. */
  private static Map<String, JsonNode> byName(JsonNode list) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (JsonNode e : list) {
      JsonNode name = e.path("name");
      if (!e.isObject()
          || !name.isTextual()
          || name.asText().isEmpty()
          || !seen.add(name.asText())) {
        return null;
      }
      out.put(name.asText(), e);
    }
    return out;
  }

  private void scalar(String path, JsonNode a, JsonNode b, boolean secret) {
    String x = a.asText();
    String y = b.asText();
    if (x.equals(y) || (isQuantityPath(path) && sameQuantity(x, y))) {
      return;
    }
    add(path, Kind.CHANGED, show(a, secret), show(b, secret));
  }

  private void text(String path, String key, String a, String b) {
    List<ConfigText.Line> x = ConfigText.lines(a, key);
    List<ConfigText.Line> y = ConfigText.lines(b, key);
    for (AbstractDelta<ConfigText.Line> delta : DiffUtils.diff(x, y).getDeltas()) {
      List<ConfigText.Line> gone = delta.getSource().getLines();
      List<ConfigText.Line> came = delta.getTarget().getLines();
      int paired = Math.min(gone.size(), came.size());
      for (int i = 0; i < paired; i++) {
        add(
            path + "[line " + gone.get(i).number + "]",
            Kind.CHANGED,
            quote(gone.get(i).text),
            quote(came.get(i).text));
      }
      for (int i = paired; i < gone.size(); i++) {
        add(
            path + "[line " + gone.get(i).number + "]",
            Kind.MISSING,
            quote(gone.get(i).text),
            Difference.NONE);
      }
      for (int i = paired; i < came.size(); i++) {
        add(
            path + "[actual line " + came.get(i).number + "]",
            Kind.UNEXPECTED,
            Difference.NONE,
            quote(came.get(i).text));
      }
    }
  }

  private static boolean isQuantityPath(String path) {
    return path.contains(".limits.")
        || path.contains(".requests.")
        || path.contains(".hard.")
        || path.startsWith("spec.hard.");
  }

  private static boolean sameQuantity(String x, String y) {
    try {
      BigDecimal a = Quantity.getAmountInBytes(new Quantity(x));
      BigDecimal b = Quantity.getAmountInBytes(new Quantity(y));
      return a.compareTo(b) == 0;
    } catch (RuntimeException notAQuantity) {
      return false;
    }
  }

  private static boolean empty(JsonNode n) {
    return n == null
        || n.isNull()
        || n.isMissingNode()
        || (n.isTextual() && n.asText().isEmpty())
        || (n.isContainerNode() && n.size() == 0);
  }

  private static boolean textual(JsonNode n) {
    return n != null && n.isTextual();
  }

  private static String child(String path, String key) {
    boolean plain =
        !key.isEmpty()
            && key.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-');
    if (plain) {
      return path.isEmpty() ? key : path + "." + key;
    }
    return path + "[" + quote(key) + "]";
  }

  private static String show(JsonNode n, boolean secret) {
    if (secret) {
      return Secrets.MASK;
    }
    String s = n.isContainerNode() ? redactEnv(n.deepCopy()).toString() : n.toString();
    return s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "...";
  }

  /**
   * Masks, anywhere in {@code n}, the value of each {@code {name, value}} whose name looks secret.
   */
  private static JsonNode redactEnv(JsonNode n) {
    if (n.isObject()) {
      JsonNode name = n.get("name");
      if (name != null
          && name.isTextual()
          && Secrets.isSecretName(name.asText())
          && n.has("value")) {
        ((ObjectNode) n).put("value", Secrets.MASK);
      }
    }
    n.forEach(TreeComparer::redactEnv);
    return n;
  }

  private static String quote(String s) {
    String q = com.fasterxml.jackson.databind.node.TextNode.valueOf(s).toString();
    return q.length() <= SHOWN ? q : q.substring(0, SHOWN) + "...";
  }

  private void add(String path, Kind kind, String expected, String actual) {
    out.add(
        Difference.builder()
            .object(ref)
            .path(path)
            .kind(kind)
            .expected(expected)
            .actual(actual)
            .build());
  }

  /** For tests of the internals: the differences of two trees. */
  static List<Difference> of(ObjectRef ref, JsonNode a, JsonNode b) {
    List<Difference> out = new ArrayList<>();
    compare(ref, a, b, out);
    return out;
  }
}
