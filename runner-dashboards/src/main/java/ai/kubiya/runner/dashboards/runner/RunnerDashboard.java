package ai.kubiya.runner.dashboards.runner;

import ai.kubiya.runner.dashboards.model.Dashboard;

/** One of the chart's dashboards: its file name in the chart and the dashboard itself. */
public interface RunnerDashboard {
  /**
   * The chart's file name without {@code .json}, for example {@code
   * customer-runners-blackbox-exporter}.
   */
  String fileName();

  /** The dashboard. */
  Dashboard build();
}
