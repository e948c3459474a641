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

  /** Shared by every instance: {@code RunnerValidator.standard()} makes new checks each time. */
  private static final SectionMemo MEMO = new SectionMemo();

  static boolean isPlaceholder(String value) {
    int first = 0;
    while (first < value.length() && value.charAt(first) <= ' ') {
      first++; // as trim() does
    }
    if (first == value.length() || PLACEHOLDER_START.indexOf(value.charAt(first)) < 0) {
      return false; // no placeholder starts so: most values, decided without the regex
    }
    return PLACEHOLDER.matcher(value.trim()).matches();
  }

  /** The first characters {@link #PLACEHOLDER} can match (it ignores ASCII case only). */
  private static final String PLACEHOLDER_START = "xXcCtTpP<$";

  @Override
  public List<Finding> check(RunnerConfig config) {
    List<Finding> out = new ArrayList<>();
    Map<String, Object> tree = config.values().toMap();
    for (Map.Entry<String, Object> entry : tree.entrySet()) {
      String key = entry.getKey();
      Object value = entry.getValue();
      if (!SUBCHARTS.contains(key)) {
        List<Finding> found = MEMO.seen(key, value);
        out.addAll(found != null ? found : MEMO.remember(key, value, walkTop(key, value)));
      }
    }
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

  /** The findings under one top-level key. */
  private static List<Finding> walkTop(String key, Object value) {
    List<Finding> out = new ArrayList<>();
    PathStack at = new PathStack();
    at.push(key);
    walk(at, value, out);
    return out;
  }

  /** The path's text is made only for a finding: {@code key.key[index]}, a dot before each key. */
  private static void walk(PathStack path, Object value, List<Finding> out) {
    if (value instanceof Map) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        path.push(String.valueOf(entry.getKey()));
        walk(path, entry.getValue(), out);
        path.pop();
      }
    } else if (value instanceof List) {
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        path.push(i);
        walk(path, list.get(i), out);
        path.pop();
      }
    } else if (value instanceof String && isPlaceholder((String) value)) {
      String text = path.text(true);
      String last = text.substring(text.lastIndexOf('.') + 1);
      out.add(
          placeholder(
              text, (String) value, Secrets.isSecretPath(text) || Secrets.isSecretName(last)));
    }
  }

  private static Finding placeholder(String path, String value, boolean secret) {
    String shown = secret ? "" : " '" + value + "'";
    return Finding.warning(
        path, "looks like a placeholder" + shown + ": set the real value before installing");
  }
}
