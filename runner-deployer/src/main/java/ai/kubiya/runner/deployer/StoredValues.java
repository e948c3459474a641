package ai.kubiya.runner.deployer;

import ai.kubiya.runner.model.Secrets;
import ai.kubiya.runner.model.values.ValuesException;
import ai.kubiya.runner.model.values.ValuesYaml;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The values document a revision stored ({@code get values}), with its secrets masked as {@value
 * Secrets#MASK}: {@code nats.jwt}, {@code nats.secondJwt}, {@code registryTls.key}, and the values
 * of environment variables with secret-like names ({@link Secrets#isSecretName}) in any map or
 * {@code name}/{@code value} list under a key containing {@code env}. A values file holding the
 * mask is refused when fed back ({@link #refuseRedacted(Path)}), so a masked secret never reaches a
 * cluster.
 *
 * <pre>{@code
 * RevisionRecord latest = deployer.latestRevision(ReleaseId.of("demo", "kubiya"));
 * String shown = StoredValues.redacted(latest.valuesYaml());
 * StoredValues.refuseRedacted(Path.of("values.yaml"));   // ValuesException naming file and path
 * }</pre>
 */
public final class StoredValues {
  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .build();

  private StoredValues() {}

  /** The values document as a tree, secrets masked. */
  public static Map<String, Object> redactedTree(String valuesYaml) {
    return redact(ValuesYaml.parse(valuesYaml, "stored values"), "", false);
  }

  /** The values document as a tree, secrets included. */
  public static Map<String, Object> tree(String valuesYaml) {
    return ValuesYaml.parse(valuesYaml, "stored values");
  }

  /** The values document as YAML, secrets masked. */
  public static String redacted(String valuesYaml) {
    try {
      return YAML.writeValueAsString(redactedTree(valuesYaml));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write values as YAML", e);
    }
  }

  /**
   * Refuses a values file that holds the mask where a value should be.
   *
   * @throws ValuesException {@code <file>: <path> holds <redacted> ...} naming the first one
   */
  public static void refuseRedacted(Path file) {
    List<String> masked = new ArrayList<>();
    find(ValuesYaml.read(file), "", masked);
    if (!masked.isEmpty()) {
      throw new ValuesException(
          file.toString(),
          masked.get(0)
              + " holds "
              + Secrets.MASK
              + " (values written by 'get values' without --show-secrets); set the real value"
              + (masked.size() > 1 ? " (and " + (masked.size() - 1) + " more)" : ""));
    }
  }

  private static void find(Object node, String path, List<String> out) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((k, v) -> find(v, path.isEmpty() ? String.valueOf(k) : path + "." + k, out));
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        find(list.get(i), path + "[" + i + "]", out);
      }
    } else if (Secrets.MASK.equals(node)) {
      out.add(path);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> redact(
      Map<String, Object> map, String path, boolean underEnv) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : map.entrySet()) {
      String key = e.getKey();
      String child = path.isEmpty() ? key : path + "." + key;
      Object value = e.getValue();
      boolean envKey = key.toLowerCase(Locale.ROOT).contains("env");
      if (value instanceof Map<?, ?> m) {
        out.put(key, redact((Map<String, Object>) m, child, envKey));
      } else if (value instanceof List<?> list) {
        out.put(key, redactList(list, child, envKey));
      } else if (value != null
          && (Secrets.isSecretPath(child) || (underEnv && Secrets.isSecretName(key)))) {
        out.put(key, Secrets.MASK);
      } else {
        out.put(key, value);
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> redactList(List<?> list, String path, boolean env) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      if (item instanceof Map<?, ?> m) {
        Map<String, Object> redacted = redact((Map<String, Object>) m, path + "[" + i + "]", false);
        if (env
            && redacted.get("name") instanceof String name
            && Secrets.isSecretName(name)
            && redacted.get("value") != null) {
          redacted.put("value", Secrets.MASK);
        }
        out.add(redacted);
      } else {
        out.add(item);
      }
    }
    return out;
  }
}
