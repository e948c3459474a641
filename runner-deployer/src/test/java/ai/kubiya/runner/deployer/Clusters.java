package ai.kubiya.runner.deployer;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.utils.HttpClientUtils;

/** Clients for the mock server whose requests are recorded, with fabric8's own retries off. */
final class Clusters {
  private Clusters() {}

  static KubernetesClient recorded(KubernetesClient base, RequestLog log) {
    return recorded(base, log, base.getConfiguration().getRequestTimeout());
  }

  static KubernetesClient recorded(
      KubernetesClient base, RequestLog log, int requestTimeoutMillis) {
    Config config =
        new ConfigBuilder(base.getConfiguration())
            .withRequestRetryBackoffLimit(0)
            .withRequestTimeout(requestTimeoutMillis)
            .build();
    HttpClient.Factory factory = HttpClientUtils.getHttpClientFactory();
    HttpClient.Factory recording =
        new HttpClient.Factory() {
          @Override
          public HttpClient.Builder newBuilder() {
            return factory.newBuilder().addOrReplaceInterceptor("request-log", log);
          }

          @Override
          public HttpClient.Builder newBuilder(Config c) {
            return factory.newBuilder(c).addOrReplaceInterceptor("request-log", log);
          }
        };
    return new KubernetesClientBuilder()
        .withConfig(config)
        .withHttpClientFactory(recording)
        .build();
  }
}
