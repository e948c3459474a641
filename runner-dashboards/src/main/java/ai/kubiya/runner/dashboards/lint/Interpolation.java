package ai.kubiya.runner.dashboards.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Substitutes Grafana template variables in a query the way Grafana does: {@code $var}, {@code
 * ${var}}, {@code ${var:format}}, {@code [[var]]}, {@code [[var:format]]}, and the built-ins {@code
 * $__rate_interval}, {@code $__interval}, {@code $__range} and friends. Unknown variables stay as
 * written (as in Grafana) and are reported; {@code $1}-style capture references are left alone.
 *
 * <pre>{@code
 * Interpolation.Result r =
 *     Interpolation.of(Map.of("runner", Binding.of("r1")), GrafanaBuiltins.defaults())
 *         .apply("rate(x{runner=\"$runner\"}[$__rate_interval])");
 * r.text();   // rate(x{runner="r1"}[4m])
 * }</pre>
 */
public final class Interpolation {
  /** Grafana's variable syntax (its {@code variableRegex}). */
  private static final Pattern VARIABLE =
      Pattern.compile(
          "\\$(\\w+)|\\[\\[(\\w+?)(?::(\\w+))?\\]\\]|\\$\\{(\\w+)(?:\\.([^:^}]+))?(?::([^}]+))?}");

  private final Map<String, Binding> bindings;
  private final GrafanaBuiltins source;
  private final Map<String, String> builtins;

  private Interpolation(Map<String, Binding> bindings, GrafanaBuiltins builtins) {
    this.bindings = new LinkedHashMap<>(bindings);
    this.source = builtins;
    this.builtins = builtins.values();
  }

  /** Substitution of these variable values and built-ins. */
  public static Interpolation of(Map<String, Binding> bindings, GrafanaBuiltins builtins) {
    return new Interpolation(bindings, builtins);
  }

  /** This substitution with one more variable bound. */
  public Interpolation with(String name, Binding binding) {
    Map<String, Binding> next = new LinkedHashMap<>(bindings);
    next.put(name, binding);
    return new Interpolation(next, source);
  }

  /** The names of the variables a text uses (built-ins and capture references excluded). */
  public static Set<String> variablesIn(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = VARIABLE.matcher(text);
    while (m.find()) {
      String name = name(m);
      if (!name.startsWith("__") && !name.chars().allMatch(Character::isDigit)) {
        out.add(name);
      }
    }
    return out;
  }

  /** The text with every known variable substituted. */
  public Result apply(String text) {
    Matcher m = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    Set<String> unknown = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    while (m.find()) {
      String name = name(m);
      String format = m.group(3) != null ? m.group(3) : m.group(6);
      String replacement = m.group();
      if (builtins.containsKey(name)) {
        replacement = builtins.get(name);
      } else if (name.startsWith("__auto_interval_")) {
        replacement = builtins.get("__interval");
      } else if (bindings.containsKey(name)) {
        try {
          Binding b = bindings.get(name);
          replacement = format == null ? b.render() : b.render(format);
        } catch (IllegalArgumentException e) {
          problems.add("$" + name + ": " + e.getMessage());
        }
      } else if (!name.chars().allMatch(Character::isDigit)) {
        unknown.add(name);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return new Result(out.toString(), unknown, problems);
  }

  private static String name(Matcher m) {
    return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(4);
  }

  /** A substituted text, the unknown variables it still has, and format problems. */
  public static final class Result {
    private final String text;
    private final Set<String> unknown;
    private final List<String> problems;

    Result(String text, Set<String> unknown, List<String> problems) {
      this.text = text;
      this.unknown = Set.copyOf(unknown);
      this.problems = List.copyOf(problems);
    }

    /** The text with known variables substituted. */
    public String text() {
      return text;
    }

    /** Variables the dashboard does not define, left as written. */
    public Set<String> unknown() {
      return unknown;
    }

    /** Problems such as unknown formats ({@code ${var:nosuchformat}}). */
    public List<String> problems() {
      return problems;
    }
  }
}
