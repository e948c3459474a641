package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.preflight.PreflightRequest;
import ai.kubiya.runner.deployer.preflight.PreflightResult;
import ai.kubiya.runner.deployer.preflight.RemoteWritePreflight;
import ai.kubiya.runner.model.EnvVarValues;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.telemetry.alloy.RunnerPipelineSettings;
import ai.kubiya.runner.telemetry.alloy.component.Durations;
import ai.kubiya.runner.telemetry.alloy.remotewrite.RemoteWriteTarget;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code telemetry preflight --release R [-f values]...}: for each remote-write target of the
 * runner's pipeline, reads its URL and credentials from the variables Alloy would read them from
 * ({@code alloy.alloy.extraEnv} of the values, then this command's own environment for variables
 * the values do not set), fetches an OAuth2 token when the target uses one, and writes one real
 * sample {@code kubiya_runner_preflight{runner, organization}}. Exit 1 when any target fails.
 */
@Command(
    name = "preflight",
    mixinStandardHelpOptions = true,
    description =
        "Send one real remote-write sample to each of the runner's targets; exit 1 if any fails.")
final class TelemetryPreflightCommand implements Callable<Integer> {
  @Mixin ReleaseOptions release;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "10s",
      description = "Longest wait per HTTP exchange (default: ${DEFAULT-VALUE}).")
  String timeout;

  @Spec CommandSpec spec;

  /** The command's own environment; replaceable in tests. */
  Map<String, String> processEnvironment = System.getenv();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Duration limit = Durations.parse(timeout);
    Optional<RunnerConfig> loaded = ReleaseConfig.load(release, err);
    if (loaded.isEmpty()) {
      return CliErrors.FAILED;
    }
    RunnerConfig config = loaded.get();
    RunnerPipelineSettings settings = RunnerPipelineSettings.of(config);
    Map<String, String> env = alloyEnvironment(config);
    RemoteWritePreflight preflight = RemoteWritePreflight.create();
    boolean failed = false;
    for (RemoteWriteTarget target : settings.remoteWriteTargets()) {
      PreflightRequest request;
      try {
        request =
            PreflightRequest.builder()
                .from(
                    PreflightRequest.forTarget(
                        target, env, settings.release(), settings.organization()))
                .timeout(limit)
                .build();
      } catch (IllegalArgumentException e) {
        out.println("FAILED " + target.label() + ": " + e.getMessage());
        failed = true;
        continue;
      }
      PreflightResult result = preflight.run(request);
      if (result.isOk()) {
        out.println(
            "OK "
                + target.label()
                + ": "
                + result.message()
                + " in "
                + result.latency().toMillis()
                + " ms");
      } else {
        out.println(
            "FAILED "
                + target.label()
                + ": "
                + result.failure().orElseThrow()
                + " "
                + result.message()
                + " ("
                + result.latency().toMillis()
                + " ms)");
        failed = true;
      }
    }
    out.flush();
    return failed ? CliErrors.FAILED : CliErrors.OK;
  }

  /** Alloy's environment as the values give it, over this command's own. */
  private Map<String, String> alloyEnvironment(RunnerConfig config) {
    Map<String, String> env = new HashMap<>(processEnvironment);
    for (EnvVarValues v : config.values().alloy().alloy().extraEnv()) {
      v.value().ifPresent(value -> env.put(v.name(), value));
    }
    return env;
  }
}
