package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.DeployResult;
import ai.kubiya.runner.deployer.ImmutableDeployOptions;
import ai.kubiya.runner.deployer.PlannedChange.Action;
import ai.kubiya.runner.deployer.ReleaseManifest;
import ai.kubiya.runner.deployer.RunnerDeployer;
import ai.kubiya.runner.manifests.RunnerManifests;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.validation.ValidationReport;
import ai.kubiya.runner.naming.ClusterScopedNames;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the deploy commands share: loading and rendering the runner, connecting, and describing
 * results.
 */
final class Deployments {
  private Deployments() {}

  /** What a command prints on stdout and its exit code. */
  record Outcome(String text, int exit) {
    static Outcome ok(String text) {
      return new Outcome(text, CliErrors.OK);
    }
  }

  /** What a command does with a deployer. */
  interface Operation {
    Outcome run(RunnerDeployer deployer);
  }

  /** What a command does with a deployer and the client it uses (for the context's namespace). */
  interface ClientOperation {
    Outcome run(KubernetesClient client, RunnerDeployer deployer);
  }

  /**
   * Connects, builds a deployer with the cluster options (adjusted by {@code tune}) and progress on
   * stderr, runs the operation and prints its text on stdout once the progress display ends.
   */
  static int run(
      CommandSpec spec,
      ClusterOptions cluster,
      UnaryOperator<ImmutableDeployOptions.Builder> tune,
      Operation operation) {
    return run(spec, cluster, tune, (client, deployer) -> operation.run(deployer));
  }

  /**
   * As {@link #run(CommandSpec, ClusterOptions, UnaryOperator, Operation)}, handing over the client
   * too.
   */
  static int run(
      CommandSpec spec,
      ClusterOptions cluster,
      UnaryOperator<ImmutableDeployOptions.Builder> tune,
      ClientOperation operation) {
    ProgressPrinter progress = ProgressPrinter.on(spec.commandLine().getErr());
    Outcome outcome;
    try (KubernetesClient client = cluster.connect()) {
      try {
        outcome =
            operation.run(
                client,
                RunnerDeployer.create(client, tune.apply(cluster.options(progress)).build()));
      } catch (RuntimeException e) {
        throw unreachable(e, String.valueOf(client.getMasterUrl()));
      }
    } finally {
      progress.finish();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(outcome.text());
    out.flush();
    return outcome.exit();
  }

  /** A connection failure named by the server address tried (no user-info), or {@code e} itself. */
  private static RuntimeException unreachable(RuntimeException e, String server) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof java.net.ConnectException
          || c instanceof java.net.UnknownHostException
          || c instanceof java.net.SocketTimeoutException
          || c instanceof java.net.NoRouteToHostException) {
        return new IllegalStateException(
            "cannot reach the cluster at "
                + ai.kubiya.runner.model.UrlRedaction.redact(server)
                + " ("
                + c.getClass().getSimpleName()
                + ")");
      }
    }
    return e;
  }

  /**
   * The runner the options describe, rendered; empty (after printing the findings to {@code err})
   * when the values cannot be loaded or do not validate.
   */
  static Optional<ReleaseManifest> render(ReleaseOptions options, PrintWriter err) {
    return render(options, ClusterScopedNames.CHART, err);
  }

  /**
   * As {@link #render(ReleaseOptions, PrintWriter)}, naming cluster-scoped objects as {@code mode}
   * says.
   */
  static Optional<ReleaseManifest> render(
      ReleaseOptions options, ClusterScopedNames mode, PrintWriter err) {
    Optional<RunnerConfig> loaded = ReleaseConfig.load(options, err);
    if (loaded.isEmpty()) {
      return Optional.empty();
    }
    RunnerConfig config = loaded.get();
    ValidationReport report = Validation.validator(false).validate(config);
    report.findings().forEach(err::println);
    err.flush();
    if (report.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(
        ReleaseManifest.of(
            config, RunnerManifests.of(config).skipValidation().clusterScopedNames(mode).build()));
  }

  /** One line about an install, upgrade or rollback, with its newline. */
  static String describe(DeployResult result) {
    if (result.noop()) {
      return result.release().name()
          + ": no changes; revision "
          + result.revision()
          + " stays deployed\n";
    }
    return result.release().name()
        + ": revision "
        + result.revision()
        + " deployed ("
        + result.plan().withAction(Action.CREATE).size()
        + " created, "
        + result.plan().withAction(Action.UPDATE).size()
        + " changed, "
        + result.deleted().size()
        + " deleted, "
        + result.plan().withAction(Action.UNCHANGED).size()
        + " unchanged)\n";
  }
}
