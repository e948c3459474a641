package ai.kubiya.runner.deployer.helm;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;
import io.fabric8.kubernetes.client.utils.HttpClientUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A client on the mock server whose requests ({@code METHOD path?query}) are recorded, fabric8's
 * own retries off, and which can drop chosen requests before they leave (an interrupted run).
 */
final class RecordedCluster implements Interceptor, AutoCloseable {
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private volatile Predicate<String> failWhen = r -> false;
  private final AtomicInteger passBeforeFailing = new AtomicInteger();
  final KubernetesClient client;

  RecordedCluster(KubernetesClient base) {
    Config config =
        new ConfigBuilder(base.getConfiguration()).withRequestRetryBackoffLimit(0).build();
    HttpClient.Factory factory = HttpClientUtils.getHttpClientFactory();
    RecordedCluster self = this;
    HttpClient.Factory recording =
        new HttpClient.Factory() {
          @Override
          public HttpClient.Builder newBuilder() {
            return factory.newBuilder().addOrReplaceInterceptor("request-log", self);
          }

          @Override
          public HttpClient.Builder newBuilder(Config c) {
            return factory.newBuilder(c).addOrReplaceInterceptor("request-log", self);
          }
        };
    this.client =
        new KubernetesClientBuilder().withConfig(config).withHttpClientFactory(recording).build();
  }

  @Override
  public void before(BasicBuilder builder, HttpRequest request, RequestTags tags) {
    String line =
        request.method()
            + " "
            + request.uri().getRawPath()
            + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery());
    if (!isLease(line) && failWhen.test(line) && passBeforeFailing.getAndDecrement() <= 0) {
      throw new UncheckedIOException(new IOException("process killed (injected)"));
    }
    requests.add(line);
  }

  /** From now on, every request matching fails once {@code pass} matching ones went through. */
  void failAfter(int pass, Predicate<String> matching) {
    failWhen = matching;
    passBeforeFailing.set(pass);
  }

  void stopFailing() {
    failWhen = r -> false;
  }

  List<String> all() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** Requests that write objects or records: lock leases excluded (as in the deployer's tests). */
  List<String> writes() {
    return all().stream().filter(r -> !r.startsWith("GET ") && !isLease(r)).toList();
  }

  /** GET requests, lock leases excluded. */
  List<String> reads() {
    return all().stream().filter(r -> r.startsWith("GET ") && !isLease(r)).toList();
  }

  /** Requests to the lock leases (the adoption takes the release's lock, as the deployer does). */
  List<String> leaseRequests() {
    return all().stream().filter(RecordedCluster::isLease).toList();
  }

  private static boolean isLease(String request) {
    return request.contains("/apis/coordination.k8s.io/");
  }

  void clear() {
    requests.clear();
  }

  @Override
  public void close() {
    client.close();
  }
}
