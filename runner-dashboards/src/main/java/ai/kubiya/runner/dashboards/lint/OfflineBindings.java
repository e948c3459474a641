package ai.kubiya.runner.dashboards.lint;

import ai.kubiya.runner.dashboards.model.ConstantVariable;
import ai.kubiya.runner.dashboards.model.CustomVariable;
import ai.kubiya.runner.dashboards.model.Dashboard;
import ai.kubiya.runner.dashboards.model.DatasourceVariable;
import ai.kubiya.runner.dashboards.model.IntervalVariable;
import ai.kubiya.runner.dashboards.model.QueryVariable;
import ai.kubiya.runner.dashboards.model.TextboxVariable;
import ai.kubiya.runner.dashboards.model.Variable;
import ai.kubiya.runner.dashboards.model.VariableOption;
import ai.kubiya.runner.dashboards.model.VariableValue;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Values for a dashboard's variables without a data source: the selection saved with the dashboard
 * when it has one, else the first of the variable's own values (custom, interval, constant,
 * textbox), else the variable's name as a stand-in. Enough to check that queries parse.
 */
final class OfflineBindings {
  private static final String ALL = "$__all";

  private OfflineBindings() {}

  static Map<String, Binding> of(Dashboard dashboard) {
    Map<String, Binding> out = new LinkedHashMap<>();
    for (Variable v : dashboard.variables()) {
      out.put(v.name(), binding(v));
    }
    return out;
  }

  private static Binding binding(Variable v) {
    if (v instanceof ConstantVariable) {
      return Binding.of(((ConstantVariable) v).query().orElse(""));
    }
    if (v instanceof TextboxVariable) {
      return Binding.of(((TextboxVariable) v).query().orElse(""));
    }
    boolean regex = isMulti(v);
    List<String> current = current(v);
    if (current.contains(ALL)) {
      return Binding.all(List.of(v.name()), allValue(v));
    }
    if (!current.isEmpty() && current.stream().noneMatch(String::isEmpty)) {
      return regex ? Binding.regex(current) : Binding.of(current.get(0));
    }
    List<String> own = ownValues(v);
    String value = own.isEmpty() ? v.name() : own.get(0);
    return regex ? Binding.regex(List.of(value)) : Binding.of(value);
  }

  static boolean isMulti(Variable v) {
    if (v instanceof QueryVariable) {
      QueryVariable q = (QueryVariable) v;
      return q.multi().orElse(false) || q.includeAll().orElse(false);
    }
    if (v instanceof CustomVariable) {
      CustomVariable c = (CustomVariable) v;
      return c.multi().orElse(false) || c.includeAll().orElse(false);
    }
    if (v instanceof DatasourceVariable) {
      DatasourceVariable d = (DatasourceVariable) v;
      return d.multi().orElse(false) || d.includeAll().orElse(false);
    }
    return false;
  }

  static Optional<String> allValue(Variable v) {
    if (v instanceof QueryVariable) {
      return ((QueryVariable) v).allValue();
    }
    if (v instanceof CustomVariable) {
      return ((CustomVariable) v).allValue();
    }
    return Optional.empty();
  }

  /** The selection saved with the dashboard. */
  private static List<String> current(Variable v) {
    return v.current().flatMap(VariableOption::value).map(VariableValue::values).orElse(List.of());
  }

  /** Values the variable carries itself (not from a data source). */
  private static List<String> ownValues(Variable v) {
    if (v instanceof CustomVariable) {
      return split(((CustomVariable) v).query().orElse(""));
    }
    if (v instanceof IntervalVariable) {
      return split(((IntervalVariable) v).query().orElse(""));
    }
    if (!v.options().isEmpty()) {
      return v.options().stream()
          .map(o -> o.value().map(VariableValue::values).orElse(List.of()))
          .flatMap(List::stream)
          .filter(s -> !s.startsWith("$__"))
          .collect(Collectors.toList());
    }
    return List.of();
  }

  /** A comma-separated list of values; a {@code text : value} pair counts as its value. */
  static List<String> split(String query) {
    return Arrays.stream(query.split("(?<!\\\\),"))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .map(s -> s.contains(" : ") ? s.substring(s.indexOf(" : ") + 3).trim() : s)
        .collect(Collectors.toList());
  }
}
