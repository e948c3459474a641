package ai.kubiya.runner.benchmarks;

import ai.kubiya.runner.manifests.RunnerManifests;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.RunnerValues;
import java.util.Locale;

/**
 * Cold-start figures a JMH run cannot give: what the very first render costs in a fresh JVM.
 * {@code render} times the first {@code RunnerManifests.of(config).build().toYaml()}; {@code fleet}
 * times the first 10,000-runner fleet run, then a second (warm) one. Run it as its own process
 * each time; {@code benchmarks/startup.sh --cold-start} does, with only the CLI jar on the class
 * path (no JMH: this class compiles alone, and its fleet is {@link FleetBenchmark}'s).
 */
public final class ColdStart {
  private ColdStart() {}

  /** {@code render} or {@code fleet}; prints one line of figures. */
  public static void main(String[] args) {
    String mode = args.length == 0 ? "render" : args[0];
    switch (mode) {
      case "render":
        long start = System.nanoTime();
        RunnerConfig config =
            RunnerConfig.of("demo", "kubiya", RunnerValues.defaults().withOrganization("acme"));
        int length = RunnerManifests.of(config).build().toYaml().length();
        System.out.printf(
            Locale.ROOT,
            "first-render-ms %.1f (%d chars)%n",
            (System.nanoTime() - start) / 1e6,
            length);
        break;
      case "fleet":
        System.out.printf(Locale.ROOT, "first-fleet-ms %.0f%n", fleetMillis());
        System.out.printf(Locale.ROOT, "warm-fleet-ms %.0f%n", fleetMillis());
        break;
      default:
        System.err.println("usage: ColdStart render|fleet");
        System.exit(2);
    }
  }

  private static final int FLEET = 10_000;

  /**
   * Runner {@code i} of the fleet, as {@code FleetBenchmark.render} makes it; its YAML's length.
   */
  private static long render(int i) {
    RunnerValues defaults = RunnerValues.defaults();
    RunnerValues values =
        defaults
            .withOrganization("org-" + (i % 97))
            .withUuid(String.format("%08x-0000-4000-8000-%012x", i, i))
            .withAgentManager(defaults.agentManager().withReplicas(1 + i % 3));
    RunnerConfig config = RunnerConfig.of("runner-" + i, "tenant-" + (i % 50), values);
    return RunnerManifests.of(config).build().toYaml().length();
  }

  private static double fleetMillis() {
    long start = System.nanoTime();
    long bytes = 0;
    for (int i = 0; i < FLEET; i++) {
      bytes += render(i);
    }
    if (bytes == 0) {
      throw new IllegalStateException("the fleet rendered nothing");
    }
    return (System.nanoTime() - start) / 1e6;
  }
}
