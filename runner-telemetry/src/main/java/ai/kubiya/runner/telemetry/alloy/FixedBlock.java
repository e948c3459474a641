package ai.kubiya.runner.telemetry.alloy;

/**
 * A part of the runner's pipeline ({@link RunnerPipeline}) that depends on no setting: the chart's
 * logging, relabel rules, self-monitoring, scrapes at the chart's interval and remote writes to the
 * chart's targets. A render takes its text from the build's snapshot ({@link FixedTexts}), so it
 * neither builds nor prints these blocks; in the pipeline's order.
 */
enum FixedBlock {
  LOGGING,
  LIVE_DEBUGGING,
  KUBE_STATE_METRICS_RELABEL,
  KUBE_STATE_METRICS_SCRAPE,
  CADVISOR,
  CADVISOR_SCRAPE,
  RUNNER_PODS_RELABEL,
  RUNNER_PODS_SCRAPE,
  ALLOY_SELF,
  ALLOY_RELABEL,
  ALLOY_SCRAPE,
  BLACKBOX_RELABEL,
  BLACKBOX_SCRAPE,
  /** The remote writes to the chart's targets, one block per target. */
  CHART_REMOTE_WRITES
}
