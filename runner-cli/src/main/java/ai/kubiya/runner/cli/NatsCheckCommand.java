package ai.kubiya.runner.cli;

import ai.kubiya.runner.model.NatsValues;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.validation.Finding;
import ai.kubiya.runner.model.validation.Severity;
import ai.kubiya.runner.naming.RunnerNames;
import ai.kubiya.runner.nats.InvalidCredentialsException;
import ai.kubiya.runner.nats.NatsConnectivityCheck;
import ai.kubiya.runner.nats.NatsConnectivityException;
import ai.kubiya.runner.nats.NatsCredentialCheck;
import ai.kubiya.runner.nats.NatsCredentials;
import ai.kubiya.runner.nats.NatsProbeResult;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nats check}: the offline checks of a release's NATS values (as {@code validate} shows
 * them), then, unless {@code --offline}, a live connection to {@code nats.serverUrl} with the
 * runner's credentials that publishes a probe to {@code nats.subject}. Exit 1 on any ERROR.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check a runner's NATS values: credentials well-formed, genuine, "
          + "not expired, issued for this",
      "runner name, allowed to publish to nats.subject; then connect and "
          + "publish a probe (unless --offline).",
      "Exit 1 on any ERROR."
    })
final class NatsCheckCommand implements Callable<Integer> {
  @Mixin ReleaseOptions release;

  @Option(
      names = "--offline",
      description = "Only the offline checks; do not connect to the server.")
  boolean offline;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description = "Bound on the live check (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    Optional<RunnerConfig> loaded = ReleaseConfig.load(release, out);
    if (loaded.isEmpty()) {
      return CliErrors.FAILED;
    }
    RunnerConfig config = loaded.get();
    NatsValues nats = config.values().nats();
    List<Finding> findings =
        NatsCredentialCheck.create()
            .check(
                nats.jwt(), nats.secondJwt(), RunnerNames.of(config).runnerName(), nats.subject());
    findings.forEach(out::println);
    boolean failed = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    if (!offline) {
      failed |= !live(config.values().nats(), out);
    } else if (findings.isEmpty()) {
      out.println("OK: no findings");
    }
    out.flush();
    return failed ? CliErrors.FAILED : CliErrors.OK;
  }

  /** The live check; false when it failed. */
  private boolean live(NatsValues nats, PrintWriter out) throws InterruptedException {
    NatsCredentials creds;
    try {
      creds = NatsCredentials.fromBase64(nats.jwt());
    } catch (InvalidCredentialsException e) {
      out.println("live check skipped: nats.jwt holds no usable credentials");
      return true;
    }
    if (nats.subject().isBlank()) {
      out.println(
          "live check skipped: nats.subject is empty, so there is no "
              + "subject to publish the probe to");
      return true;
    }
    NatsConnectivityCheck check =
        NatsConnectivityCheck.builder().timeout(Duration.ofSeconds(timeoutSeconds)).build();
    try {
      NatsProbeResult result = check.probe(nats.serverUrl(), creds, nats.subject());
      out.println(
          "OK nats.serverUrl: connected to "
              + result.serverUrl()
              + " (nats-server "
              + result.serverVersion()
              + ") and published a probe to \""
              + result.subject()
              + "\" in "
              + result.roundTrip().toMillis()
              + " ms");
      return true;
    } catch (NatsConnectivityException e) {
      out.println(Finding.error(path(e.problem()), e.getMessage()));
      return false;
    }
  }

  private static String path(NatsConnectivityException.Problem problem) {
    switch (problem) {
      case AUTHORIZATION:
        return "nats.jwt";
      case PERMISSION_DENIED:
      case INVALID_SUBJECT:
        return "nats.subject";
      default:
        return "nats.serverUrl";
    }
  }
}
