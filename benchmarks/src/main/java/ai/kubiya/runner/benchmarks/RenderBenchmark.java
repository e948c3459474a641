package ai.kubiya.runner.benchmarks;

import ai.kubiya.runner.manifests.RunnerManifests;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.RunnerValues;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The render hot path: build every object of the default runner and render it as YAML, on one
 * thread. Target: at most 1 ms per render once warm.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class RenderBenchmark {
  private RunnerConfig config;

  /** Creates the config: release {@code demo} in namespace {@code kubiya}, organization acme. */
  @Setup
  public void setUp() {
    config = RunnerConfig.of("demo", "kubiya", RunnerValues.defaults().withOrganization("acme"));
  }

  /** Build and render YAML; the config was validated once already (as a fleet loop would). */
  @Benchmark
  public String buildAndRender() {
    return RunnerManifests.of(config).skipValidation().build().toYaml();
  }

  /** Validate, build and render YAML: what a one-off render costs. */
  @Benchmark
  public String validateBuildAndRender() {
    return RunnerManifests.of(config).build().toYaml();
  }

  /** Build the objects only, without YAML. */
  @Benchmark
  public Object buildOnly() {
    return RunnerManifests.of(config).skipValidation().build();
  }
}
