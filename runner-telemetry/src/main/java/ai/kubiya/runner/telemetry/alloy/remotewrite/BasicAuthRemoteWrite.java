package ai.kubiya.runner.telemetry.alloy.remotewrite;

import ai.kubiya.runner.telemetry.alloy.component.PrometheusRemoteWrite;
import ai.kubiya.runner.telemetry.alloy.component.RemoteWriteEndpoint;
import ai.kubiya.runner.telemetry.alloy.syntax.Expr;

/**
 * Any Prometheus remote-write receiver with HTTP basic auth: Grafana Cloud (user = the instance id,
 * password = an access-policy token), Mimir, Thanos, VictoriaMetrics, Prometheus itself.
 *
 * @param label the component label
 * @param urlEnv variable holding the remote-write URL
 * @param usernameEnv variable holding the user name
 * @param passwordEnv variable holding the password or token
 */
public record BasicAuthRemoteWrite(
    String label, String urlEnv, String usernameEnv, String passwordEnv)
    implements RemoteWriteTarget {
  public BasicAuthRemoteWrite {
    EnvNames.requireLabel(label);
    EnvNames.requireEnv("urlEnv", urlEnv);
    EnvNames.requireEnv("usernameEnv", usernameEnv);
    EnvNames.requireEnv("passwordEnv", passwordEnv);
  }

  /**
   * Grafana Cloud with the conventional variables {@code GRAFANA_CLOUD_PROMETHEUS_URL}, {@code
   * GRAFANA_CLOUD_PROMETHEUS_USER} and {@code GRAFANA_CLOUD_API_KEY}.
   */
  public static BasicAuthRemoteWrite grafanaCloud(String label) {
    return new BasicAuthRemoteWrite(
        label,
        "GRAFANA_CLOUD_PROMETHEUS_URL",
        "GRAFANA_CLOUD_PROMETHEUS_USER",
        "GRAFANA_CLOUD_API_KEY");
  }

  @Override
  public PrometheusRemoteWrite toComponent() {
    return PrometheusRemoteWrite.builder(label)
        .endpoint(
            RemoteWriteEndpoint.builder()
                .url(Expr.env(urlEnv))
                .basicAuth(Expr.env(usernameEnv), Expr.env(passwordEnv))
                .build())
        .build();
  }
}
