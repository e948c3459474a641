package ai.kubiya.runner.manifests;

import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.template.TemplateException;
import ai.kubiya.runner.model.validation.ConfigCheck;
import ai.kubiya.runner.model.validation.Finding;
import ai.kubiya.runner.model.validation.Formats;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every object the render produces has a name Kubernetes accepts for its kind: an RFC 1123
 * subdomain (Services: an RFC 1035 label), so {@code validate} catches what would otherwise fail
 * half way through {@code render --output-dir} or an install. A finding names the values path the
 * bad name comes from when one holds it.
 *
 * <pre>{@code
 * RunnerValidator.standard().with(new ObjectNameCheck()).validate(config);
 * }</pre>
 */
public final class ObjectNameCheck implements ConfigCheck {
  private static final Pattern DNS_1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");

  /** A check of the names of every object the config renders to. */
  public ObjectNameCheck() {}

  @Override
  public List<Finding> check(RunnerConfig config) {
    List<HasMetadata> objects;
    try {
      objects = RunnerManifests.of(config).skipValidation().build().objects();
    } catch (TemplateException e) {
      return List.of(Finding.error(e.path(), e.detail()));
    } catch (RuntimeException e) {
      return List.of(
          Finding.error(
              "render", "the objects cannot be built (" + e.getClass().getSimpleName() + ")"));
    }
    return findings(objects, config.values().toMap());
  }

  /** The findings for these built objects; {@code tree} is the values they were built from. */
  static List<Finding> findings(List<HasMetadata> objects, Map<String, Object> tree) {
    List<Finding> out = new ArrayList<>();
    for (HasMetadata object : objects) {
      String name = object.getMetadata() == null ? null : object.getMetadata().getName();
      String kind = object.getKind();
      String problem = problem(kind, name == null ? "" : name);
      if (problem != null) {
        String shown =
            name == null ? "" : name.length() > 80 ? name.substring(0, 80) + "..." : name;
        out.add(Finding.error(sourcePath(tree, shown), kind + " name '" + shown + "' " + problem));
      }
    }
    return out;
  }

  /** Why Kubernetes refuses {@code name} for {@code kind}; null when it accepts it. */
  static String problem(String kind, String name) {
    if (name.isEmpty()) {
      return "is empty";
    }
    if ("Service".equals(kind)) {
      return name.length() <= 63 && DNS_1035_LABEL.matcher(name).matches()
          ? null
          : "is not an RFC 1035 label (lowercase letters, digits and '-', "
              + "starting with a letter, at most 63)";
    }
    return Formats.isDnsSubdomain(name)
        ? null
        : "is not an RFC 1123 subdomain (lowercase letters, digits, '-' and '.', at most 253)";
  }

  /**
   * The values path holding the name (or the longest value inside it), else {@code metadata.name}.
   */
  private static String sourcePath(Map<String, Object> tree, String name) {
    String[] best = {null, ""};
    walk("", tree, name, best);
    return best[0] == null ? "metadata.name" : best[0];
  }

  private static void walk(String path, Object value, String name, String[] best) {
    if (value instanceof Map) {
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        walk(
            path.isEmpty() ? String.valueOf(e.getKey()) : path + "." + e.getKey(),
            e.getValue(),
            name,
            best);
      }
    } else if (value instanceof List) {
      int i = 0;
      for (Object item : (List<?>) value) {
        walk(path + "[" + i++ + "]", item, name, best);
      }
    } else if (value instanceof String) {
      String s = (String) value;
      boolean better =
          s.equals(name)
              ? !best[1].equals(name)
              : s.length() > best[1].length() && !best[1].equals(name);
      if (s.length() >= 2 && name.contains(s) && !Formats.isDnsSubdomain(s) && better) {
        best[0] = path;
        best[1] = s;
      }
    }
  }
}
