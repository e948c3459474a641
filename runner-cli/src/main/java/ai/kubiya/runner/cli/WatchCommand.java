package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.drift.DriftOptions;
import ai.kubiya.runner.deployer.drift.IgnoreRule;
import ai.kubiya.runner.deployer.drift.ReconcilerEvent;
import ai.kubiya.runner.deployer.drift.ReconcilerMetrics;
import ai.kubiya.runner.deployer.drift.ReconcilerOptions;
import ai.kubiya.runner.deployer.drift.RunnerReconciler;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code watch}: reports each drift of the release as it happens, one line per event, and with
 * {@code --heal} repairs it (backing off from a fight with another writer). Stops on SIGINT or
 * SIGTERM, or after {@code --for}, with exit 0.
 */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description =
        "Watch the release's objects and report each drift as it happens; --heal repairs it.")
final class WatchCommand implements Callable<Integer> {
  @Mixin ReleaseTarget target;
  @Mixin ClusterOptions cluster;

  @Option(
      names = "--heal",
      description = "Repair drift within seconds (rate-limited, backing off from fights).")
  boolean heal;

  @Option(
      names = "--for",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Stop after this long (default: until SIGINT or SIGTERM).")
  Duration runFor;

  @Option(
      names = "--ignore",
      paramLabel = "KIND/NAME:PATH",
      converter = IgnoreConverter.class,
      description =
          "A field the SDK leaves to others, such as "
              + "Deployment/*:spec.replicas (an HPA); repeatable.")
  List<IgnoreRule> ignore = new ArrayList<>();

  @Spec CommandSpec spec;

  @Override
  @SuppressWarnings("try") // the signal handlers are the resource: installed, then restored
  public Integer call() throws InterruptedException {
    if (runFor != null && (runFor.isZero() || runFor.isNegative())) {
      throw new ParameterException(
          spec.commandLine(), "--for: must be longer than 0, got " + runFor);
    }
    PrintWriter out = spec.commandLine().getOut();
    CountDownLatch stop = new CountDownLatch(1);
    return Deployments.run(
        spec,
        cluster,
        options -> options,
        (client, deployer) -> {
          ReconcilerOptions options =
              ReconcilerOptions.builder()
                  .addReleases(target.id())
                  .heal(heal)
                  .drift(
                      DriftOptions.builder()
                          .deployOptions(deployer.options())
                          .ignore(ignore)
                          .build())
                  .build();
          out.println(
              "watching "
                  + target.id()
                  + (heal ? " (healing)" : "")
                  + (runFor == null ? "" : " for " + runFor));
          out.flush();
          LiveLine live = LiveLine.on(out);
          try (StopSignals signals = StopSignals.install(stop::countDown);
              RunnerReconciler reconciler =
                  RunnerReconciler.start(client, options, event -> print(live, event))) {
            awaitStop(stop);
            live.finish();
            ReconcilerMetrics m = reconciler.metrics(); // the reconciler stops as the try ends
            return Deployments.Outcome.ok(
                "stopped: "
                    + m.scans()
                    + " scans, "
                    + m.driftsFound()
                    + " drifts found, "
                    + m.healed()
                    + " healed, "
                    + m.healFailed()
                    + " failed, "
                    + m.fights()
                    + " fights, "
                    + m.writes()
                    + " writes\n");
          }
        });
  }

  private void awaitStop(CountDownLatch stop) {
    try {
      if (runFor == null) {
        stop.await();
      } else {
        stop.await(runFor.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** "In line" is the live status on a terminal; every other event is a line of its own. */
  private static void print(LiveLine live, ReconcilerEvent event) {
    String text = event.time() + " " + event;
    if (event.type() == ReconcilerEvent.Type.IN_LINE) {
      live.status(text);
    } else {
      live.line(text);
    }
  }
}
