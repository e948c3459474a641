package ai.kubiya.runner.audit;

import ai.kubiya.runner.manifests.ManifestSet;
import ai.kubiya.runner.manifests.RunnerManifests;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Renders runners for the tests: a reference render case's values, plus --set expressions. */
final class Renders {
  static final String NAMESPACE = "kubiya";

  private Renders() {}

  /**
   * The values files of a render case under {@code kubiya.reference.dir}; fails loudly if absent.
   */
  static List<Path> caseValues(String name) {
    String dir = System.getProperty("kubiya.reference.dir");
    if (dir == null) {
      throw new IllegalStateException(
          "kubiya.reference.dir is not set: run the tests through Maven (the root pom sets it to"
              + " ../shared/reference)");
    }
    Path caseDir = Path.of(dir, "render-cases", name);
    if (!Files.isDirectory(caseDir)) {
      throw new IllegalStateException(
          "render case missing: "
              + caseDir
              + " (the shared reference data of kubiya-runner-sdk; point -Dkubiya.reference.dir at"
              + " it)");
    }
    try (Stream<Path> files = Files.list(caseDir)) {
      List<Path> values =
          new ArrayList<>(
              files
                  .filter(p -> p.getFileName().toString().matches("values-\\d+\\.yaml"))
                  .sorted()
                  .toList());
      return values;
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot list " + caseDir + ": " + e.getMessage());
    }
  }

  /** The objects of a release with a render case's values and then {@code sets}. */
  static ManifestSet render(String release, String renderCase, String... sets) {
    RunnerConfigLoader loader =
        RunnerConfigLoader.create()
            .release(release)
            .namespace(NAMESPACE)
            .valuesFiles(caseValues(renderCase));
    for (String s : sets) {
      loader.set(s);
    }
    return RunnerManifests.of(loader.load()).build();
  }

  static AuditReport audit(String renderCase, String... sets) {
    return RunnerAudit.of(render("deployment-x", renderCase, sets)).run();
  }
}
