package ai.kubiya.runner.dashboards.lint;

import ai.kubiya.runner.dashboards.model.Dashboard;
import ai.kubiya.runner.dashboards.model.QueryVariable;
import ai.kubiya.runner.dashboards.model.Variable;
import ai.kubiya.runner.dashboards.model.VariableOption;
import ai.kubiya.runner.dashboards.model.VariableQuery;
import ai.kubiya.runner.dashboards.model.VariableSettings;
import ai.kubiya.runner.dashboards.model.VariableValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Resolves a dashboard's variables against a live Prometheus the way Grafana does when the
 * dashboard loads: in order (later variables use earlier ones), {@code label_values} through the
 * label values API, values filtered by the variable's regex and sorted by its sort; the saved
 * selection is kept when it is still a value, else "All" for include-all variables, else the first
 * value.
 */
final class LiveBindings {
  private static final String ALL = "$__all";

  private final PrometheusApi api;
  private final GrafanaBuiltins builtins;
  private final Instant start;
  private final Instant end;

  LiveBindings(PrometheusApi api, GrafanaBuiltins builtins, Instant start, Instant end) {
    this.api = api;
    this.builtins = builtins;
    this.start = start;
    this.end = end;
  }

  /** The bindings, and the problems met resolving them (by variable name). */
  Map<String, Binding> resolve(Dashboard dashboard, Map<String, String> problems) {
    Map<String, Binding> offline = OfflineBindings.of(dashboard);
    Map<String, Binding> out = new LinkedHashMap<>();
    for (Variable v : dashboard.variables()) {
      if (!(v instanceof QueryVariable) || ((QueryVariable) v).query().isEmpty()) {
        out.put(v.name(), offline.get(v.name()));
        continue;
      }
      QueryVariable q = (QueryVariable) v;
      String query =
          Interpolation.of(out, builtins)
              .apply(q.query().map(VariableQuery::query).orElseThrow())
              .text();
      List<String> values;
      try {
        values = values(query);
      } catch (PrometheusApi.PrometheusException e) {
        if (e.getMessage().startsWith("cannot reach")) {
          throw e;
        }
        problems.put(v.name(), e.getMessage());
        values = List.of();
      }
      values = sorted(filtered(values, q.regex().orElse(""), v.name(), problems), q.sort());
      out.put(v.name(), select(q, values));
    }
    return out;
  }

  private List<String> values(String query) {
    Optional<String[]> labelValues = DashboardQueries.labelValues(query);
    if (labelValues.isPresent()) {
      String[] lv = labelValues.get();
      return api.labelValues(lv[1], Optional.of(lv[0]), start, end);
    }
    Optional<String> promql = DashboardQueries.promql(query);
    if (promql.isPresent()) {
      PrometheusApi.QueryResult r = api.query(promql.get(), end);
      if (r.isError()) {
        throw new PrometheusApi.PrometheusException(r.error().orElse("query failed"));
      }
      return List.of();
    }
    throw new PrometheusApi.PrometheusException("not a query this lint resolves: " + query);
  }

  private static List<String> filtered(
      List<String> values, String regex, String name, Map<String, String> problems) {
    if (regex.isEmpty()) {
      return values;
    }
    String body =
        regex.startsWith("/") && regex.lastIndexOf('/') > 0
            ? regex.substring(1, regex.lastIndexOf('/'))
            : regex;
    Pattern p;
    try {
      p = Pattern.compile(body);
    } catch (PatternSyntaxException e) {
      problems.put(name, "regex " + regex + " does not compile: " + e.getDescription());
      return values;
    }
    List<String> out = new ArrayList<>();
    for (String v : values) {
      Matcher m = p.matcher(v);
      if (m.find()) {
        out.add(m.groupCount() > 0 && m.group(1) != null ? m.group(1) : v);
      }
    }
    return out;
  }

  private static List<String> sorted(List<String> values, Optional<VariableSettings.Sort> sort) {
    List<String> out = new ArrayList<>(values);
    switch (sort.orElse(VariableSettings.Sort.DISABLED)) {
      case ALPHABETICAL_ASC:
      case NATURAL_ASC:
        out.sort(Comparator.naturalOrder());
        break;
      case ALPHABETICAL_DESC:
      case NATURAL_DESC:
        out.sort(Comparator.reverseOrder());
        break;
      case ALPHABETICAL_CASE_INSENSITIVE_ASC:
        out.sort(String.CASE_INSENSITIVE_ORDER);
        break;
      case ALPHABETICAL_CASE_INSENSITIVE_DESC:
        out.sort(String.CASE_INSENSITIVE_ORDER.reversed());
        break;
      case NUMERICAL_ASC:
        out.sort(Comparator.comparingDouble(LiveBindings::number));
        break;
      case NUMERICAL_DESC:
        out.sort(Comparator.comparingDouble(LiveBindings::number).reversed());
        break;
      default:
        break;
    }
    return out;
  }

  private static double number(String s) {
    Matcher m = Pattern.compile("-?\\d+(\\.\\d+)?").matcher(s);
    return m.find() ? Double.parseDouble(m.group()) : Double.NaN;
  }

  private static Binding select(QueryVariable v, List<String> values) {
    boolean multi = OfflineBindings.isMulti(v);
    List<String> saved =
        v.current().flatMap(VariableOption::value).map(VariableValue::values).orElse(List.of());
    boolean includeAll = v.includeAll().orElse(false);
    if (includeAll && (saved.contains(ALL) || saved.isEmpty() || !values.containsAll(saved))) {
      return Binding.all(values, v.allValue());
    }
    if (!saved.isEmpty() && values.containsAll(saved)) {
      return multi ? Binding.regex(saved) : Binding.of(saved.get(0));
    }
    String first = values.isEmpty() ? "" : values.get(0);
    return multi ? Binding.regex(List.of(first)) : Binding.of(first);
  }
}
