package ai.kubiya.runner.deployer;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh fabric8 CRUD mock server per test, an admin client on it and a recording {@link Harness}.
 */
@EnableKubernetesMockClient(crud = true, https = false)
abstract class MockClusterTest {
  KubernetesClient admin;
  KubernetesMockServer server;
  Harness h;

  @BeforeEach
  void openHarness() {
    h = new Harness(admin);
  }

  @AfterEach
  void closeHarness() {
    h.close();
  }

  /** Who holds the lock Lease of the fixtures' release now (null: released). */
  String releaseLockHolder() {
    return admin
        .leases()
        .inNamespace(Fixtures.NS)
        .withName("kubiya-runner.lock.deployment-x")
        .get()
        .getSpec()
        .getHolderIdentity();
  }
}
