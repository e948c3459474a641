package ai.kubiya.runner.dashboards.runner;

import ai.kubiya.runner.dashboards.model.RowPanel;
import ai.kubiya.runner.dashboards.model.Viz;

/** The row the by-component dashboards repeat for each selected runner. */
final class RunnerRow {
  private RunnerRow() {}

  /** A row titled with the runner, repeated per value of {@code $runner}. */
  static RowPanel perRunner() {
    return RowPanel.builder()
        .title("${runner}")
        .collapsed(false)
        .repeat("runner")
        .repeatDirection(Viz.RepeatDirection.HORIZONTAL)
        .build();
  }
}
