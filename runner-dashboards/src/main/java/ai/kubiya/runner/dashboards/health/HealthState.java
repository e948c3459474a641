package ai.kubiya.runner.dashboards.health;

/** The four health states of the README's table, each with its text and Grafana color. */
public enum HealthState {
  HEALTHY("Healthy", "green"),
  WARNING("Warning", "yellow"),
  DEGRADED("Degraded", "orange"),
  DOWN("Down", "red");

  private final String text;
  private final String color;

  HealthState(String text, String color) {
    this.text = text;
    this.color = color;
  }

  /** The text a panel shows, for example {@code Healthy}. */
  public String text() {
    return text;
  }

  /** Grafana's named color of the state. */
  public String color() {
    return color;
  }
}
