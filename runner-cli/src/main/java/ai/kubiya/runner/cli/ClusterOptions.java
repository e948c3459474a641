package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.DeployOptions;
import ai.kubiya.runner.deployer.ImmutableDeployOptions;
import ai.kubiya.runner.deployer.ProgressListener;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.File;
import picocli.CommandLine.Option;

/**
 * How the deploy commands reach the cluster: {@code --kubeconfig} and {@code --context} (default:
 * the kubeconfig in {@code KUBECONFIG} or {@code ~/.kube/config}, or the in-cluster service
 * account). Waiting is {@link WaitOptions}, only on the commands that wait.
 */
final class ClusterOptions {
  @Option(
      names = "--kubeconfig",
      paramLabel = "FILE",
      description = "Kubeconfig file (default: $KUBECONFIG, ~/.kube/config or in-cluster).")
  File kubeconfig;

  @Option(
      names = "--context",
      paramLabel = "C",
      description = "Kubeconfig context (default: the current one).")
  String context;

  /**
   * A client for the chosen cluster; the caller closes it. The context is resolved before any
   * connection: a {@code --context} the kubeconfig does not define, a kubeconfig without a current
   * context (outside a pod), or a malformed kubeconfig is refused naming the file (and line).
   */
  KubernetesClient connect() {
    Config config =
        KubeContexts.resolve(
            kubeconfig == null ? null : kubeconfig.toPath(), context, System.getenv());
    config.setRequestRetryBackoffLimit(
        0); // the deployer's retry policy decides, and reports each retry
    return new KubernetesClientBuilder().withConfig(config).build();
  }

  /**
   * Deployer options for a command: no waiting for workloads unless it adds {@link WaitOptions}.
   */
  ImmutableDeployOptions.Builder options(ProgressListener listener) {
    return DeployOptions.builder().waitForReady(false).progressListener(listener);
  }
}
