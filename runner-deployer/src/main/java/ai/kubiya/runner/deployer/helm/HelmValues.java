package ai.kubiya.runner.deployer.helm;

import ai.kubiya.runner.deployer.StoredValues;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.Secrets;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import ai.kubiya.runner.model.values.ValuesException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The values of a Helm revision: as a values document ready for {@code -f} (secret values redacted
 * unless asked for), as the SDK's {@link RunnerConfig} with overrides layered on top, and the check
 * that refuses a values file still holding {@code <redacted>}.
 *
 * <pre>{@code
 * String yaml = HelmValues.toYaml(revision.values(), SecretValues.REDACTED);
 * // nats.jwt: "<redacted>"
 * RunnerConfig config = HelmValues.config(revision, List.of(Path.of("more.yaml")), List.of("a=b"));
 * HelmValues.refuseRedacted(Path.of("values.yaml"));  // HelmException naming file and value path
 * }</pre>
 *
 * <p>Secret values are {@code nats.jwt}, {@code nats.secondJwt}, {@code registryTls.crt} and {@code
 * registryTls.key}, and the values of environment variables with credential-like names (SECRET,
 * TOKEN, PASSWORD, PASSWD, KEY, CREDS, SEED, JWT) in {@code env} maps and in lists of {@code
 * name}/{@code value} entries such as {@code alloy.alloy.extraEnv}.
 */
public final class HelmValues {
  private static final Set<String> SECRET_PATHS =
      Set.of("nats.jwt", "nats.secondJwt", "registryTls.crt", "registryTls.key");
  private static final ObjectMapper YAML =
      new ObjectMapper(
          new YAMLFactory()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR));

  private HelmValues() {}

  /**
   * The values as a YAML document; secret values as {@code <redacted>} unless {@code secrets} is
   * {@link SecretValues#SHOWN}.
   */
  public static String toYaml(Map<String, Object> values, SecretValues secrets) {
    Object tree = secrets == SecretValues.SHOWN ? values : redact(values, "", false);
    try {
      return ((Map<?, ?>) tree).isEmpty() ? "{}\n" : YAML.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write values as YAML", e);
    }
  }

  /** A copy of the values with every secret value replaced by {@code <redacted>}. */
  public static Map<String, Object> redacted(Map<String, Object> values) {
    @SuppressWarnings("unchecked")
    Map<String, Object> copy = (Map<String, Object>) redact(values, "", false);
    return copy;
  }

  /** True for an environment-variable name whose value is a credential. */
  public static boolean isCredentialName(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return Secrets.isSecretName(name)
        || upper.contains("PASSWD")
        || upper.contains("CREDS")
        || upper.contains("SEED")
        || upper.contains("JWT");
  }

  private static Object redact(Object node, String path, boolean underEnv) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      boolean envEntry =
          map.get("name") instanceof String name
              && isCredentialName(name)
              && map.containsKey("value");
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = String.valueOf(entry.getKey());
        String child = path.isEmpty() ? key : path + "." + key;
        Object value = entry.getValue();
        boolean secret =
            SECRET_PATHS.contains(child)
                || (underEnv && isCredentialName(key))
                || (envEntry && key.equals("value"));
        out.put(
            key, secret && isSet(value) ? Secrets.MASK : redact(value, child, key.equals("env")));
      }
      return out;
    }
    if (node instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        out.add(redact(list.get(i), path + "[" + i + "]", false));
      }
      return out;
    }
    return node;
  }

  private static boolean isSet(Object value) {
    return value != null && !(value instanceof String s && s.isEmpty());
  }

  /**
   * The SDK config of a revision: its stored values, then {@code files}, then {@code sets}, over
   * the chart's defaults, as {@code helm upgrade --reuse-values -f ... --set ...} would layer them.
   *
   * @throws ValuesException naming the file, line or value path
   */
  public static RunnerConfig config(HelmRevision revision, List<Path> files, List<String> sets) {
    files.forEach(HelmValues::refuseRedacted);
    return RunnerConfigLoader.create()
        .release(revision.name())
        .namespace(revision.namespace())
        .values(revision.values())
        .valuesFiles(files)
        .sets(sets)
        .load();
  }

  /**
   * Refuses a values file that still holds {@code <redacted>} (printed by {@code helm values} or
   * {@code get values} without {@code --show-secrets}): installing it would replace real secrets
   * with that text. The same check as {@link StoredValues#refuseRedacted}.
   *
   * @throws HelmException {@code FILE: PATH holds <redacted> ...}, or naming the unreadable file
   */
  public static void refuseRedacted(Path file) {
    try {
      StoredValues.refuseRedacted(file);
    } catch (ValuesException e) {
      throw new HelmException(e.getMessage(), e);
    }
  }
}
