package ai.kubiya.runner.dashboards.lint;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The value a template variable stands for when a query runs: one or more values, or "All". How it
 * is written into a query follows Grafana's Prometheus data source: a single-value variable as is,
 * a multi-value or include-all variable regex-escaped, several values as {@code (a|b)}, "All" as
 * the variable's all-value or every value.
 */
public final class Binding {
  private final List<String> values;
  private final boolean regex;
  private final boolean all;
  private final Optional<String> allValue;

  private Binding(List<String> values, boolean regex, boolean all, Optional<String> allValue) {
    this.values = List.copyOf(values);
    this.regex = regex;
    this.all = all;
    this.allValue = allValue;
  }

  /** One value of a single-value variable, written as is. */
  public static Binding of(String value) {
    return new Binding(
        List.of(Objects.requireNonNull(value, "value")), false, false, Optional.empty());
  }

  /** Values of a multi-value or include-all variable, written regex-escaped. */
  public static Binding regex(List<String> values) {
    return new Binding(values, true, false, Optional.empty());
  }

  /** "All": {@code allValue} when the variable has one, else every value of {@code values}. */
  public static Binding all(List<String> values, Optional<String> allValue) {
    return new Binding(values, true, true, allValue.filter(v -> !v.isEmpty()));
  }

  /** The values (for "All", every value). */
  public List<String> values() {
    return values;
  }

  /** True for the "All" selection ({@link #all}). */
  public boolean isAll() {
    return all;
  }

  /**
   * The text Grafana's Prometheus data source substitutes for the variable in its default format.
   */
  public String render() {
    if (all && allValue.isPresent()) {
      return allValue.get();
    }
    if (!regex) {
      return values.isEmpty() ? "" : values.get(0).replace("\\", "\\\\");
    }
    if (values.size() == 1) {
      return regexEscape(values.get(0));
    }
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < values.size(); i++) {
      sb.append(i == 0 ? "" : "|").append(regexEscape(values.get(i)));
    }
    return sb.append(')').toString();
  }

  /**
   * The values in one of Grafana's formats: {@code raw}, {@code regex}, {@code pipe}, {@code
   * csv}...
   */
  public String render(String format) {
    switch (format) {
      case "raw":
        return all && allValue.isPresent() ? allValue.get() : String.join(",", values);
      case "regex":
        return values.size() == 1
            ? regexEscape(values.get(0))
            : "("
                + String.join("|", values.stream().map(Binding::regexEscape).toArray(String[]::new))
                + ")";
      case "pipe":
        return String.join("|", values);
      case "csv":
        return String.join(",", values);
      case "glob":
        return values.size() == 1 ? values.get(0) : "{" + String.join(",", values) + "}";
      case "json":
        return values.size() == 1 ? quote(values.get(0), '"') : "[" + join(values, '"') + "]";
      case "doublequote":
        return join(values, '"');
      case "singlequote":
        return join(values, '\'');
      case "text":
        return String.join(" + ", values);
      default:
        throw new IllegalArgumentException("unknown variable format \"" + format + "\"");
    }
  }

  private static String join(List<String> values, char q) {
    StringBuilder sb = new StringBuilder();
    for (String v : values) {
      sb.append(sb.length() == 0 ? "" : ",").append(quote(v, q));
    }
    return sb.toString();
  }

  private static String quote(String v, char q) {
    return q + v.replace("\\", "\\\\").replace(String.valueOf(q), "\\" + q) + q;
  }

  /**
   * Escapes regex metacharacters the way Grafana's Prometheus data source does (doubled for PromQL
   * strings).
   */
  static String regexEscape(String value) {
    StringBuilder sb = new StringBuilder();
    for (char c : value.toCharArray()) {
      if ("\\^$*+?.()|{}[]".indexOf(c) >= 0) {
        sb.append("\\\\");
      }
      sb.append(c);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return all ? "All" : values.toString();
  }
}
