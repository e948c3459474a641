package ai.kubiya.runner.dashboards.health;

/**
 * The four metrics of the README's health table, each measured per 5-minute span, with the Grafana
 * unit its panels use and the value that closes its open-ended band in range mappings.
 */
public enum HealthMetric {
  /** Share of successful blackbox probes of a component's health endpoint, in percent. */
  SERVICE_STATUS("Service Status", "percent", 100),
  /** Container restarts of a component's pods. */
  POD_RESTARTS("Pod Restarts", "none", 999),
  /** Share of 2xx responses of a component's HTTP requests, in percent. */
  HTTP_SUCCESS_RATE("HTTP Success Rate", "percent", 100),
  /** Share of time a component's pods were ready, in percent. */
  POD_STATUS_READY("Pod Status Ready", "percent", 100);

  private final String title;
  private final String unit;
  private final double ceiling;

  HealthMetric(String title, String unit, double ceiling) {
    this.title = title;
    this.unit = unit;
    this.ceiling = ceiling;
  }

  /** The name in the README's table and in the panels' legends. */
  public String title() {
    return title;
  }

  /** The Grafana unit of the metric's values. */
  public String unit() {
    return unit;
  }

  /**
   * The upper end Grafana range mappings give a band the README leaves open ({@code >4.1
   * restarts}): 100 for percentages, 999 restarts (the chart's dashboards' stand-in for "any
   * number").
   */
  public double ceiling() {
    return ceiling;
  }
}
