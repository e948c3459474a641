package ai.kubiya.runner.dashboards.lint;

import ai.kubiya.runner.dashboards.model.Dashboard;
import ai.kubiya.runner.dashboards.model.Panel;
import ai.kubiya.runner.dashboards.model.Target;
import java.util.Objects;
import java.util.Optional;

/**
 * One PromQL query of a dashboard and where it is: a panel's query (panel id and title, refId), or
 * the series selector of a variable's {@code label_values(...)} query.
 */
public final class DashboardQuery {
  private final Dashboard dashboard;
  private final Panel panel;
  private final Target target;
  private final String variable;
  private final String expr;

  private DashboardQuery(
      Dashboard dashboard, Panel panel, Target target, String variable, String expr) {
    this.dashboard = Objects.requireNonNull(dashboard, "dashboard");
    this.panel = panel;
    this.target = target;
    this.variable = variable;
    this.expr = Objects.requireNonNull(expr, "expr");
  }

  static DashboardQuery ofPanel(Dashboard dashboard, Panel panel, Target target) {
    return new DashboardQuery(dashboard, panel, target, null, target.expr().orElseThrow());
  }

  static DashboardQuery ofVariable(Dashboard dashboard, String variable, String expr) {
    return new DashboardQuery(dashboard, null, null, variable, expr);
  }

  /** The dashboard the query is in. */
  public Dashboard dashboard() {
    return dashboard;
  }

  /** The panel, for panel queries. */
  public Optional<Panel> panel() {
    return Optional.ofNullable(panel);
  }

  /** The panel's query, for panel queries. */
  public Optional<Target> target() {
    return Optional.ofNullable(target);
  }

  /** The variable, for variable queries. */
  public Optional<String> variable() {
    return Optional.ofNullable(variable);
  }

  /** The PromQL as written, template variables and all. */
  public String expr() {
    return expr;
  }

  /** True when Grafana runs it as an instant query (at the end of the time range only). */
  public boolean isInstant() {
    return target != null && target.instant().orElse(false) && !target.range().orElse(false);
  }

  /**
   * Where the query is, for example {@code fastapi-observability: panel 4 "Total Requests", query
   * A} or {@code tool-manager: variable runner}.
   */
  public String location() {
    StringBuilder sb = new StringBuilder(dashboard.uid()).append(": ");
    if (panel != null) {
      sb.append("panel ");
      panel.id().ifPresent(id -> sb.append(id).append(' '));
      sb.append('"')
          .append(panel.titleText())
          .append("\", query ")
          .append(target.refId().orElse("?"));
    } else {
      sb.append("variable ").append(variable);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return location();
  }
}
