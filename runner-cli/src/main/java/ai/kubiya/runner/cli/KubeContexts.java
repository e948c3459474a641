package ai.kubiya.runner.cli;

import ai.kubiya.runner.model.values.ValuesYaml;
import io.fabric8.kubernetes.client.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Chooses the cluster the deploy commands talk to, refusing rather than guessing: the kubeconfig
 * ({@code --kubeconfig}, else the first file of {@code KUBECONFIG}, else {@code ~/.kube/config})
 * must parse and define the context asked for (or a current one); with no kubeconfig, only a pod's
 * service account (in-cluster config) is used.
 */
final class KubeContexts {
  private static final Path SERVICE_ACCOUNT_TOKEN =
      Path.of("/var/run/secrets/kubernetes.io/serviceaccount/token");

  private KubeContexts() {}

  /** The client config for {@code context} (null: the current one). */
  static Config resolve(Path kubeconfig, String context, Map<String, String> env) {
    Path file = kubeconfig != null ? kubeconfig : defaultKubeconfig(env);
    if (kubeconfig != null && !Files.isRegularFile(kubeconfig)) {
      throw new IllegalArgumentException("kubeconfig " + kubeconfig + " does not exist");
    }
    if (file == null || !Files.isRegularFile(file)) {
      if (inCluster(env) && context == null) {
        return Config.autoConfigure(null);
      }
      throw new IllegalArgumentException(
          context != null
              ? "context \""
                  + context
                  + "\" not found: no kubeconfig (set --kubeconfig or KUBECONFIG)"
              : "no kubeconfig (set --kubeconfig or KUBECONFIG) and not running in a cluster");
    }
    // parsed as values are: a malformed file is named with its line, and never echoed
    Map<String, Object> tree = ValuesYaml.read(file);
    List<String> contexts = contextNames(tree);
    String chosen = context;
    if (chosen == null) {
      Object current = tree.get("current-context");
      if (current == null || current.toString().isBlank()) {
        if (inCluster(env)) {
          return Config.autoConfigure(null);
        }
        throw new IllegalArgumentException(
            "kubeconfig "
                + file
                + " has no current-context: pass --context (one of "
                + contexts
                + ")");
      }
      chosen = current.toString();
    }
    if (!contexts.contains(chosen)) {
      throw new IllegalArgumentException("context \"" + chosen + "\" not found in " + file);
    }
    return Config.fromKubeconfig(chosen, file.toFile());
  }

  private static List<String> contextNames(Map<String, Object> tree) {
    Object contexts = tree.get("contexts");
    if (!(contexts instanceof List)) {
      return List.of();
    }
    return ((List<?>) contexts)
        .stream()
            .filter(Map.class::isInstance)
            .map(c -> ((Map<?, ?>) c).get("name"))
            .filter(Objects::nonNull)
            .map(Object::toString)
            .toList();
  }

  private static Path defaultKubeconfig(Map<String, String> env) {
    String paths = env.get("KUBECONFIG");
    if (paths != null && !paths.isBlank()) {
      return Path.of(paths.split(java.io.File.pathSeparator)[0]);
    }
    String home = System.getProperty("user.home");
    return home == null ? null : Path.of(home, ".kube", "config");
  }

  private static boolean inCluster(Map<String, String> env) {
    String host = env.get("KUBERNETES_SERVICE_HOST");
    return host != null && !host.isBlank() && Files.isRegularFile(SERVICE_ACCOUNT_TOKEN);
  }
}
