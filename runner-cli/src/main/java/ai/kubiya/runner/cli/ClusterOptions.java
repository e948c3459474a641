package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.DeployOptions;
import ai.kubiya.runner.deployer.ImmutableDeployOptions;
import ai.kubiya.runner.deployer.ProgressListener;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.File;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * How the deploy commands reach the cluster and how long they wait: {@code --kubeconfig}, {@code
 * --context} (default: the kubeconfig in {@code KUBECONFIG} or {@code ~/.kube/config}, or the
 * in-cluster service account), {@code --wait} and {@code --timeout}.
 */
final class ClusterOptions {
  @Option(names = "--kubeconfig", paramLabel = "FILE", description = "Kubeconfig file (default: $KUBECONFIG, ~/.kube/config or in-cluster).")
  File kubeconfig;

  @Option(names = "--context", paramLabel = "C", description = "Kubeconfig context (default: the current one).")
  String context;

  @Option(names = "--wait", description = "Wait until Deployments are rolled out, DaemonSets scheduled and CronJobs present.")
  boolean waitForReady;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5m", converter = DurationConverter.class,
      description = "How long --wait waits (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  /**
   * A client for the chosen cluster; the caller closes it. The context is resolved before any
   * connection: a {@code --context} the kubeconfig does not define, a kubeconfig without a current
   * context (outside a pod), or a malformed kubeconfig is refused naming the file (and line).
   */
  KubernetesClient connect() {
    Config config = KubeContexts.resolve(kubeconfig == null ? null : kubeconfig.toPath(), context, System.getenv());
    config.setRequestRetryBackoffLimit(0); // the deployer's retry policy decides, and reports each retry
    return new KubernetesClientBuilder().withConfig(config).build();
  }

  /** Deployer options from these flags. */
  ImmutableDeployOptions.Builder options(ProgressListener listener) {
    return DeployOptions.builder().waitForReady(waitForReady).waitTimeout(timeout).progressListener(listener);
  }
}
