package ai.kubiya.runner.model;

import ai.kubiya.runner.model.values.RunnerConfigLoader;
import ai.kubiya.runner.testfixtures.ConformanceFixtures;
import ai.kubiya.runner.testfixtures.RenderCase;
import java.nio.file.Path;
import java.util.List;

/**
 * The conformance fixtures runner-model's tests use (chart values, render cases), through {@link
 * ConformanceFixtures}: a missing file fails the test that needs it, naming the file.
 */
public final class ReferenceData {
  private ReferenceData() {}

  /** The chart's own {@code values.yaml}. */
  public static Path chartValues() {
    return ConformanceFixtures.file("chart-0.6.2-values.yaml");
  }

  /** Every render case, by directory name. */
  public static List<RenderCase> renderCases() {
    return ConformanceFixtures.renderCases();
  }

  /** The config Helm rendered {@code renderCase} from: its release, namespace and values files. */
  public static RunnerConfig load(RenderCase renderCase) {
    return RunnerConfigLoader.create()
        .release(renderCase.release())
        .namespace(renderCase.namespace())
        .valuesFiles(renderCase.valuesFiles())
        .load();
  }
}
