package ai.kubiya.runner.model.validation;

import ai.kubiya.runner.model.EnvVarValues;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.Secrets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Warns about placeholder values left in (such as the {@code xxx} of the chart's overrides
 * template): they render, but nothing will work. Secret values are never echoed.
 */
final class PlaceholderCheck implements ConfigCheck {
  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "(?i)^(x{3,}|changeme|change-me|change_me|todo|tbd|placeholder|<[^>]*>|\\$\\{[^}]*})$");
  private static final List<String> SUBCHARTS = List.of("dagger", "kubestatemetrics", "alloy");

  static boolean isPlaceholder(String value) {
    return PLACEHOLDER.matcher(value.trim()).matches();
  }

  @Override
  public List<Finding> check(RunnerConfig config) {
    List<Finding> out = new ArrayList<>();
    Map<String, Object> tree = config.values().toMap();
    tree.forEach(
        (key, value) -> {
          if (!SUBCHARTS.contains(key)) {
            walk(key, value, out);
          }
        });
    List<EnvVarValues> env = config.values().alloy().alloy().extraEnv();
    for (int i = 0; i < env.size(); i++) {
      EnvVarValues e = env.get(i);
      String path = "alloy.alloy.extraEnv[" + i + "].value";
      if (e.value().isPresent() && isPlaceholder(e.value().get())) {
        out.add(placeholder(path, e.value().get(), e.isSecret()));
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void walk(String path, Object value, List<Finding> out) {
    if (value instanceof Map) {
      ((Map<String, Object>) value).forEach((k, v) -> walk(path + "." + k, v, out));
    } else if (value instanceof List) {
      List<Object> list = (List<Object>) value;
      for (int i = 0; i < list.size(); i++) {
        walk(path + "[" + i + "]", list.get(i), out);
      }
    } else if (value instanceof String && isPlaceholder((String) value)) {
      String last = path.substring(path.lastIndexOf('.') + 1);
      out.add(
          placeholder(
              path, (String) value, Secrets.isSecretPath(path) || Secrets.isSecretName(last)));
    }
  }

  private static Finding placeholder(String path, String value, boolean secret) {
    String shown = secret ? "" : " '" + value + "'";
    return Finding.warning(
        path, "looks like a placeholder" + shown + ": set the real value before installing");
  }
}
