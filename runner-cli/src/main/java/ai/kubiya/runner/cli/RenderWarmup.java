package ai.kubiya.runner.cli;

import ai.kubiya.runner.manifests.RunnerManifests;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.RunnerValues;
import java.util.Set;

/**
 * Warms the render path on a second core while the main thread parses the command line and reads
 * the values: binding the chart's defaults and rendering them makes Jackson build its deserializers
 * for the values model and the Kubernetes types the render converts to, and initializes those
 * classes, which is most of a short command's start-up. The main thread then finds that work done
 * (or waits for it, rather than doing it twice). Output, errors and exit codes do not depend on it:
 * the warm-up prints nothing and its failures are ignored. Off on one core, or with {@code
 * KUBIYA_RUNNER_WARMUP=off}.
 */
final class RenderWarmup {
  /** Commands that load values and render or validate them. */
  private static final Set<String> COMMANDS =
      Set.of("render", "validate", "names", "plan", "install", "upgrade", "audit");

  private RenderWarmup() {}

  /** Starts the warm-up when {@code args} run a command that renders. */
  static void startFor(String[] args) {
    if (!COMMANDS.contains(command(args))
        || Runtime.getRuntime().availableProcessors() < 2
        || "off".equals(System.getenv("KUBIYA_RUNNER_WARMUP"))) {
      return;
    }
    Thread thread = new Thread(RenderWarmup::warm, "kubiya-runner-warmup");
    thread.setDaemon(true);
    thread.start();
  }

  /** The subcommand {@code args} name: the first argument that is not an option; else "". */
  static String command(String[] args) {
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        return arg;
      }
    }
    return "";
  }

  private static void warm() {
    try {
      RunnerConfig config = RunnerConfig.of("warmup", "default", RunnerValues.defaults());
      config.values().toMap();
      RunnerManifests.of(config).skipValidation().build().toYaml();
    } catch (RuntimeException | LinkageError e) {
      // only a warm-up: the command itself meets and reports any real problem
    }
  }
}
