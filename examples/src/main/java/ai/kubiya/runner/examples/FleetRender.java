package ai.kubiya.runner.examples;

import ai.kubiya.runner.manifests.RunnerManifests;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.RunnerValues;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Example: render a fleet of runners (one per tenant) into a directory, one YAML file each, in one
 * JVM: values are built programmatically with the typed model's copy methods.
 *
 * <p>Run: {@code java -cp examples/target/kubiya-runner.jar ai.kubiya.runner.examples.FleetRender
 * OUT_DIR [COUNT]}
 */
public final class FleetRender {
  private FleetRender() {}

  /** Entry point. */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "fleet");
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    Files.createDirectories(out);
    RunnerValues defaults = RunnerValues.defaults();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      RunnerValues values =
          defaults
              .withOrganization("org-" + i)
              .withAgentManager(defaults.agentManager().withReplicas(1 + i % 3));
      RunnerConfig config = RunnerConfig.of("runner-" + i, "tenant-" + i, values);
      Files.writeString(
          out.resolve("runner-" + i + ".yaml"),
          RunnerManifests.of(config).build().toYaml(),
          StandardCharsets.UTF_8);
    }
    System.out.printf(
        "rendered %d runners in %d ms%n", count, (System.nanoTime() - start) / 1_000_000);
  }
}
