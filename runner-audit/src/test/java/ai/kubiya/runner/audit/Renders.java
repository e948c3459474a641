package ai.kubiya.runner.audit;

import ai.kubiya.runner.manifests.ManifestSet;
import ai.kubiya.runner.manifests.RunnerManifests;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import ai.kubiya.runner.testfixtures.ConformanceFixtures;

/** Renders runners for the tests: a reference render case's values, plus --set expressions. */
final class Renders {
  static final String NAMESPACE = "kubiya";

  private Renders() {}

  /**
   * The objects of a release with the values of a render case of the repository's {@code
   * conformance/render-cases} (a missing case fails loudly, naming it) and then {@code sets}.
   */
  static ManifestSet render(String release, String renderCase, String... sets) {
    RunnerConfigLoader loader =
        RunnerConfigLoader.create()
            .release(release)
            .namespace(NAMESPACE)
            .valuesFiles(ConformanceFixtures.renderCase(renderCase).valuesFiles());
    for (String s : sets) {
      loader.set(s);
    }
    return RunnerManifests.of(loader.load()).build();
  }

  static AuditReport audit(String renderCase, String... sets) {
    return RunnerAudit.of(render("deployment-x", renderCase, sets)).run();
  }
}
