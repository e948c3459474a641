package ai.kubiya.runner.dashboards.lint;

import ai.kubiya.runner.dashboards.model.Dashboard;
import ai.kubiya.runner.dashboards.model.Panel;
import ai.kubiya.runner.dashboards.model.QueryVariable;
import ai.kubiya.runner.dashboards.model.Target;
import ai.kubiya.runner.dashboards.model.Variable;
import ai.kubiya.runner.dashboards.model.VariableQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PromQL queries of a dashboard: every query Grafana runs for its panels (hidden queries and
 * panels of collapsed rows included; rows' empty queries not), and the PromQL inside its variables'
 * queries ({@code label_values(selector, label)}, {@code query_result(expr)}).
 */
public final class DashboardQueries {
  private static final Pattern LABEL_VALUES =
      Pattern.compile(
          "^\\s*label_values\\s*\\((.*),\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*\\)\\s*$", Pattern.DOTALL);
  private static final Pattern LABEL_VALUES_ONLY =
      Pattern.compile(
          "^\\s*label_values\\s*\\(\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*\\)\\s*$", Pattern.DOTALL);
  private static final Pattern QUERY_RESULT =
      Pattern.compile("^\\s*query_result\\s*\\((.*)\\)\\s*$", Pattern.DOTALL);

  private DashboardQueries() {}

  /** Every query of the dashboard, panels first (in document order), then variables. */
  public static List<DashboardQuery> of(Dashboard dashboard) {
    List<DashboardQuery> out = new ArrayList<>();
    for (Panel panel : dashboard.allPanels()) {
      for (Target target : panel.targets()) {
        if (target.expr().filter(e -> !e.isBlank()).isPresent()) {
          out.add(DashboardQuery.ofPanel(dashboard, panel, target));
        }
      }
    }
    for (Variable v : dashboard.variables()) {
      if (v instanceof QueryVariable) {
        ((QueryVariable) v)
            .query()
            .map(VariableQuery::query)
            .flatMap(DashboardQueries::promql)
            .ifPresent(expr -> out.add(DashboardQuery.ofVariable(dashboard, v.name(), expr)));
      }
    }
    return out;
  }

  /** The PromQL inside a Prometheus variable query, if it has any. */
  static Optional<String> promql(String variableQuery) {
    Matcher lv = LABEL_VALUES.matcher(variableQuery);
    if (lv.matches()) {
      return Optional.of(lv.group(1).trim());
    }
    Matcher qr = QUERY_RESULT.matcher(variableQuery);
    if (qr.matches()) {
      return Optional.of(qr.group(1).trim());
    }
    return Optional.empty();
  }

  /** A parsed {@code label_values} variable query: the series selector (if any) and the label. */
  static Optional<String[]> labelValues(String variableQuery) {
    Matcher lv = LABEL_VALUES.matcher(variableQuery);
    if (lv.matches()) {
      return Optional.of(new String[] {lv.group(1).trim(), lv.group(2)});
    }
    Matcher only = LABEL_VALUES_ONLY.matcher(variableQuery);
    if (only.matches()) {
      return Optional.of(new String[] {"", only.group(1)});
    }
    return Optional.empty();
  }
}
