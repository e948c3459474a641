package ai.kubiya.runner.examples;

import ai.kubiya.runner.manifests.ManifestSet;
import ai.kubiya.runner.manifests.RunnerManifests;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.validation.RunnerValidator;
import ai.kubiya.runner.model.validation.ValidationReport;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.file.Path;

/**
 * Example: load a runner's values the way {@code helm template -f} would, validate them, render the
 * objects, and look one up.
 *
 * <p>Run: {@code java -cp examples/target/kubiya-runner.jar ai.kubiya.runner.examples.RenderRunner
 * [values.yaml]}
 */
public final class RenderRunner {
  private RenderRunner() {}

  /** Entry point. */
  public static void main(String[] args) {
    RunnerConfigLoader loader =
        RunnerConfigLoader.create().release("demo").namespace("kubiya").set("organization=acme");
    for (String file : args) {
      loader.valuesFile(Path.of(file));
    }
    RunnerConfig config = loader.load();
    ValidationReport report = RunnerValidator.standard().validate(config);
    report.findings().forEach(System.err::println);
    if (report.hasErrors()) {
      System.exit(1);
    }
    ManifestSet set = RunnerManifests.of(config).skipValidation().build();
    Deployment toolManager = set.find(Deployment.class, "tool-manager").orElseThrow();
    System.out.println(
        set.size()
            + " objects; tool-manager runs "
            + toolManager.getSpec().getTemplate().getSpec().getContainers().get(0).getImage());
  }
}
