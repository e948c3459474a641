package ai.kubiya.runner.deployer.helm;

import ai.kubiya.runner.deployer.ApplyMode;
import ai.kubiya.runner.deployer.DeployOptions;
import ai.kubiya.runner.deployer.RetryPolicy;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh fabric8 CRUD mock server per test, an admin client and a recorded client on it. */
@EnableKubernetesMockClient(crud = true, https = false)
abstract class HelmMockTest {
  KubernetesClient admin;
  KubernetesMockServer server;
  RecordedCluster cluster;

  @BeforeEach
  void openCluster() {
    cluster = new RecordedCluster(admin);
  }

  @AfterEach
  void closeCluster() {
    cluster.close();
  }

  /** Options for tests: no waiting, quick retries, create-or-replace (the mock has no apply). */
  static DeployOptions options() {
    return DeployOptions.builder()
        .waitForReady(false)
        .applyMode(ApplyMode.CREATE_OR_REPLACE)
        .retryPolicy(
            RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(5)).build())
        .build();
  }
}
