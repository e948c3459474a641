package ai.kubiya.runner.benchmarks;

import ai.kubiya.runner.manifests.RunnerManifests;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.RunnerValues;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A fleet run: 10,000 distinct runner configs (different release names, namespaces,
 * organizations, replicas), each validated, built and rendered to YAML, in one JVM. Target: under
 * 10 s for the whole run. One shot per iteration; the first iteration is the cold one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class FleetBenchmark {
  static final int FLEET = 10_000;

  /** The fleet on one thread. */
  @Benchmark
  public long renderFleet() {
    long bytes = 0;
    for (int i = 0; i < FLEET; i++) {
      bytes += render(i);
    }
    return bytes;
  }

  /**
   * The fleet on every core (a fleet manager renders runners independently; rendering is
   * thread-safe).
   */
  @Benchmark
  public long renderFleetParallel() {
    return IntStream.range(0, FLEET).parallel().mapToLong(FleetBenchmark::render).sum();
  }

  /** Validates, builds and renders runner {@code i} of the fleet; its YAML's length. */
  static long render(int i) {
    RunnerValues defaults = RunnerValues.defaults();
    RunnerValues values =
        defaults
            .withOrganization("org-" + (i % 97))
            .withUuid(String.format("%08x-0000-4000-8000-%012x", i, i))
            .withAgentManager(defaults.agentManager().withReplicas(1 + i % 3));
    RunnerConfig config = RunnerConfig.of("runner-" + i, "tenant-" + (i % 50), values);
    return RunnerManifests.of(config).build().toYaml().length();
  }
}
