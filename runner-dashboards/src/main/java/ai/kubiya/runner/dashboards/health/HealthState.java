package ai.kubiya.runner.dashboards.health;

/** The four health states of the README's table, each with its text and Grafana color. */
public enum HealthState {
  /** All good: shown as {@code Healthy} in green. */
  HEALTHY("Healthy", "green"),
  /** Needs attention: shown as {@code Warning} in yellow. */
  WARNING("Warning", "yellow"),
  /** Partly working: shown as {@code Degraded} in orange. */
  DEGRADED("Degraded", "orange"),
  /** Not working: shown as {@code Down} in red. */
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
