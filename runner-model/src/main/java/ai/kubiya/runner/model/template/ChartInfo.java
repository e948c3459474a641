package ai.kubiya.runner.model.template;

/** The chart this SDK is at parity with, as templates see it in {@code .Chart}. */
public final class ChartInfo {
  /** {@code .Chart.Name}. */
  public static final String NAME = "kubiya-runner";

  /** {@code .Chart.Version}. */
  public static final String VERSION = "0.6.2";

  /** {@code .Chart.AppVersion}. */
  public static final String APP_VERSION = "0.6.2";

  private ChartInfo() {}
}
