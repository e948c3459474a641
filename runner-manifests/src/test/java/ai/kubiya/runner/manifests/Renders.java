package ai.kubiya.runner.manifests;

import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.Arrays;

/** Test helpers: configs from --set expressions, and lookups in rendered sets. */
final class Renders {
  private Renders() {}

  static RunnerConfig config(String release, String namespace, String... sets) {
    return RunnerConfigLoader.create()
        .release(release)
        .namespace(namespace)
        .sets(Arrays.asList(sets))
        .load();
  }

  static ManifestSet render(String... sets) {
    return RunnerManifests.of(config("demo", "kubiya", sets)).build();
  }

  static Deployment deployment(ManifestSet set, String name) {
    return set.find(Deployment.class, name)
        .orElseThrow(() -> new AssertionError("no Deployment " + name + " in " + set));
  }

  static Container container(Deployment d, String name) {
    return d.getSpec().getTemplate().getSpec().getContainers().stream()
        .filter(c -> c.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no container " + name));
  }

  static String env(Container c, String name) {
    return c.getEnv().stream()
        .filter(e -> e.getName().equals(name))
        .map(EnvVar::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no env " + name));
  }

  static boolean has(ManifestSet set, String kind, String name) {
    return set.find(kind, name).isPresent();
  }
}
