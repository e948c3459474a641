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
   * The values files of a render case of the repository's {@code conformance/render-cases} (found
   * through {@code kubiya.conformance.dir}, which the root pom sets, else above the working
   * directory); fails loudly, naming it, when it is absent.
   */
  static List<Path> caseValues(String name) {
    Path caseDir = conformanceDir().resolve("render-cases").resolve(name);
    if (!Files.isDirectory(caseDir)) {
      throw new IllegalStateException(
          "missing fixture conformance/render-cases/"
              + name
              + " (restore it: git checkout -- conformance; "
              + "conformance/README.md says where it comes from)");
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

  private static Path conformanceDir() {
    String configured = System.getProperty("kubiya.conformance.dir");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("conformance/README.md"))) {
        return d.resolve("conformance");
      }
    }
    throw new IllegalStateException(
        "conformance fixtures folder not found above "
            + Path.of("").toAbsolutePath()
            + " (set -Dkubiya.conformance.dir or run from the repository)");
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
