package ai.kubiya.runner.manifests;

import ai.kubiya.runner.manifests.internal.WriterIndex;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.RunnerValues;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Build step (runner-manifests' pom, at {@code process-classes}): writes {@link WriterIndex} for
 * the classes of a default render's objects and every model class their fields reach, and the
 * getters the writer calls for them ({@link ModelGettersSource}). Not API.
 */
final class WriterIndexBuild {
  private WriterIndexBuild() {}

  /** The roots of the index: the classes of a default render's objects. */
  static Set<Class<?>> roots() {
    RunnerConfig config =
        RunnerConfig.of("demo", "kubiya", RunnerValues.defaults().withOrganization("acme"));
    Set<Class<?>> roots = new LinkedHashSet<>();
    for (HasMetadata object : RunnerManifests.of(config).build()) {
      roots.add(object.getClass());
    }
    return roots;
  }

  /**
   * Writes the index into the classes directory {@code args[0]}, and the source of the getters the
   * writer calls ({@link ModelGetters}) under the generated-sources directory {@code args[1]}.
   */
  public static void main(String[] args) throws IOException, ReflectiveOperationException {
    Map<String, WriterIndex.Entry> plans = ModelYamlWriter.annotatedPlans(roots());
    WriterIndex.write(Path.of(args[0]), plans);
    ModelGettersSource.write(Path.of(args[1]), plans);
    System.out.println(
        "WriterIndex: " + plans.size() + " fabric8 classes indexed, getters generated");
  }
}
