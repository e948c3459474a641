package ai.kubiya.runner.benchmarks;

import ai.kubiya.runner.deployer.ApplyMode;
import ai.kubiya.runner.deployer.DeployOptions;
import ai.kubiya.runner.deployer.DeployResult;
import ai.kubiya.runner.deployer.ReleaseManifest;
import ai.kubiya.runner.deployer.RunnerDeployer;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.HttpClientUtils;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.util.HashMap;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The deployer against fabric8's CRUD mock server on loopback: a fresh install of the default
 * runner (38 objects, each install in a new namespace) and a no-op upgrade of an installed one.
 * Besides the time per operation, each trial's teardown prints the API requests per operation,
 * which the deployer's tests also assert: install = one write per object + 2 history writes and
 * one list per kind + 1; no-op upgrade = no writes, one list per kind + 1. The times are
 * dominated by the mock server's request handling, so they measure request counts more than the
 * deployer's own work.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class DeployerBenchmark {
  private static final String RELEASE_LABEL = "runner.kubiya.ai/release";

  /** A mock server, a deployer whose requests are counted, an uncounted admin client. */
  public abstract static class MockCluster {
    final AtomicLong writes = new AtomicLong();
    final AtomicLong reads = new AtomicLong();
    long operations;
    KubernetesMockServer server;
    KubernetesClient client;
    KubernetesClient admin;
    RunnerDeployer deployer;

    static ReleaseManifest runner(String namespace) {
      return ReleaseManifest.render(
          RunnerConfigLoader.create().release("deployment-x").namespace(namespace).load());
    }

    void start() {
      server =
          new KubernetesMockServer(
              new Context(),
              new MockWebServer(),
              new HashMap<>(),
              new KubernetesCrudDispatcher(),
              false);
      server.init();
      Interceptor counter = new Interceptor() {
        @Override
        public void before(BasicBuilder builder, HttpRequest request, RequestTags tags) {
          (request.method().equals("GET") ? reads : writes).incrementAndGet();
        }
      };
      HttpClient.Factory base = HttpClientUtils.getHttpClientFactory();
      HttpClient.Factory counting = new HttpClient.Factory() {
        @Override
        public HttpClient.Builder newBuilder() {
          return base.newBuilder().addOrReplaceInterceptor("count", counter);
        }

        @Override
        public HttpClient.Builder newBuilder(Config config) {
          return base.newBuilder(config).addOrReplaceInterceptor("count", counter);
        }
      };
      client = server.createClient(builder -> builder.withHttpClientFactory(counting));
      admin = server.createClient();
      deployer = RunnerDeployer.create(client, DeployOptions.builder()
          .applyMode(ApplyMode.CREATE_OR_REPLACE).waitForReady(false).build());
    }

    abstract String name();

    void resetCounts() {
      writes.set(0);
      reads.set(0);
    }

    /** Prints the API writes and reads per operation, then stops the mock server. */
    @TearDown(Level.Trial)
    public void report() {
      System.out.printf(
          Locale.ROOT,
          "%n%s: %d operations, %.1f writes and %.1f reads per operation%n",
          name(),
          operations,
          (double) writes.get() / operations,
          (double) reads.get() / operations);
      client.close();
      admin.close();
      server.destroy();
    }
  }

  /** Each install goes to a new namespace. */
  @State(Scope.Benchmark)
  public static class Installs extends MockCluster {
    int tenant;
    ReleaseManifest next;

    @Override
    String name() {
      return "install";
    }

    /** Starts the mock server (CRUD mode). */
    @Setup(Level.Trial)
    public void setUp() {
      start();
    }

    /**
     * The chart names some cluster-scoped RBAC objects without the release or namespace, so two
     * runners cannot share a cluster: the previous tenant's are deleted first (uncounted, untimed).
     */
    @Setup(Level.Invocation)
    public void nextTenant() {
      admin.rbac().clusterRoles().withLabel(RELEASE_LABEL).delete();
      admin.rbac().clusterRoleBindings().withLabel(RELEASE_LABEL).delete();
      next = runner("tenant-" + tenant++);
    }
  }

  /** One installed runner, upgraded to the same config again and again. */
  @State(Scope.Benchmark)
  public static class Installed extends MockCluster {
    ReleaseManifest runner;

    @Override
    String name() {
      return "no-op upgrade";
    }

    /** Starts the mock server and installs the runner once. */
    @Setup(Level.Trial)
    public void setUp() {
      start();
      runner = runner("kubiya");
      deployer.install(runner);
      resetCounts();
    }
  }

  /** Installs a runner into a new namespace. */
  @Benchmark
  public DeployResult install(Installs cluster) {
    cluster.operations++;
    return cluster.deployer.install(cluster.next);
  }

  /** Upgrades the installed runner to its own config: nothing changes. */
  @Benchmark
  public DeployResult noopUpgrade(Installed cluster) {
    cluster.operations++;
    return cluster.deployer.upgrade(cluster.runner);
  }
}
